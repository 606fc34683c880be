import Lozenge from '@atlaskit/lozenge';
import { DirectoryPicker } from '../../shared/people/DirectoryPicker.js';
import type { LegacyException } from '../../../src/contracts/config.js';
import { ListEditor } from '../../shared/ListEditor.js';
import { ListInput } from '../../shared/ListInput.js';
import { removeAt } from '../../shared/setIn.js';
import { row, stack } from '../../shared/styles.js';
import { TextInput } from '../../shared/TextInput.js';
import { TriggersEditor } from '../policy/TriggersEditor.js';
import type { Edit } from '../policy/VariantEditor.js';

/** Legacy systems with their own triggers; each has an owner, a reason and an expiry, and expired ones are flagged. */
export function ExceptionsEditor({ exceptions, expired, edit }: { exceptions: readonly LegacyException[]; expired: readonly string[]; edit: Edit }) {
  return (
    <ListEditor path="exceptions" items={exceptions} testId="exceptions" addLabel="Add exception" emptyText="No legacy exceptions."
      itemLabel={(x, i) => `${x.id || `Exception ${i + 1}`}${expired.includes(x.id) ? ' — EXPIRED' : ''}`}
      onAdd={() => edit(['exceptions'], [...exceptions, {
        id: `exception-${exceptions.length + 1}`, services: [], components: [], triggers: [], reason: '', ownerAccountId: '',
        expiresAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
      }])}
      onRemove={(i) => edit(['exceptions'], removeAt(exceptions, i))}
      render={(x, i) => (
        <div style={stack}>
          {expired.includes(x.id) && (
            <span data-testid="exception-expired"><Lozenge appearance="removed" isBold>Expired</Lozenge> Renew it or remove it: expired exceptions no longer apply.</span>
          )}
          <div style={{ ...row, alignItems: 'flex-start' }}>
            <TextInput path={['exceptions', i, 'id']} label="Id" value={x.id} onChange={(v) => edit(['exceptions', i, 'id'], v)} />
            <DirectoryPicker path={['exceptions', i, 'ownerAccountId']} label="Owner" kind="user" multiple={false} width={260}
              value={x.ownerAccountId ? [x.ownerAccountId] : []} onChange={(v) => edit(['exceptions', i, 'ownerAccountId'], v[0] ?? '')} />
            <TextInput path={['exceptions', i, 'expiresAt']} label="Expires at (ISO instant)" value={x.expiresAt}
              onChange={(v) => edit(['exceptions', i, 'expiresAt'], v)} />
            <ListInput path={['exceptions', i, 'services']} label="Services" value={x.services} onChange={(v) => edit(['exceptions', i, 'services'], v)} />
            <ListInput path={['exceptions', i, 'components']} label="Components" value={x.components} onChange={(v) => edit(['exceptions', i, 'components'], v)} />
          </div>
          <TextInput path={['exceptions', i, 'reason']} label="Reason" multiline value={x.reason} width="100%"
            onChange={(v) => edit(['exceptions', i, 'reason'], v)} />
          <TriggersEditor base={['exceptions', i, 'triggers']} triggers={x.triggers} edit={edit} testId={`exception-triggers-${i}`} />
        </div>
      )} />
  );
}
