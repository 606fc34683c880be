import type { Scope } from '../../../src/contracts/policy';
import { ListInput } from '../../shared/ListInput';
import { row } from '../../shared/styles';
import { TextInput } from '../../shared/TextInput';
import type { Edit } from './VariantEditor';

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
