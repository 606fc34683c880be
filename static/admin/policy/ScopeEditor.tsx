import type { Scope } from '../../../src/contracts/policy.js';
import { ListInput } from '../../shared/ListInput.js';
import { row } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import type { Edit } from './VariantEditor.js';

/** Which incidents the policy covers; empty lists mean "any". */
export function ScopeEditor({ scope, edit }: { scope: Scope; edit: Edit }) {
  return (
    <div style={{ ...row, alignItems: 'flex-start' }}>
      <ListInput path={['scope', 'projects']} label="Projects (keys)" value={scope.projects} onChange={(v) => edit(['scope', 'projects'], v)} />
      <ListInput path={['scope', 'requestTypes']} label="Request types" value={scope.requestTypes} onChange={(v) => edit(['scope', 'requestTypes'], v)} />
      <ListInput path={['scope', 'services']} label="Services" value={scope.services} onChange={(v) => edit(['scope', 'services'], v)} />
      <TextInput path={['scope', 'jql']} label="Extra JQL" optional value={scope.jql} onChange={(v) => edit(['scope', 'jql'], v)} width="100%" />
    </div>
  );
}
