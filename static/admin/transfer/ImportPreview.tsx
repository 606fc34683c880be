import Lozenge from '@atlaskit/lozenge';
import { EmptyState } from '../../shared/EmptyState.js';
import { heading, stack, subtle } from '../../shared/styles.js';
import { DiffList } from './DiffList.js';
import { planIsEmpty, type ImportPlan } from './planImport.js';

/** What applying the import will change, each value old → new: configuration, policies, schedules, role mapping, integrations, alert settings. */
export function ImportPreview({ plan, deleteMissing }: { plan: ImportPlan; deleteMissing: boolean }) {
  return (
    <section style={stack} data-testid="import-preview" aria-label="Import preview">
      <h3 style={heading}>What will change</h3>
      {planIsEmpty(plan, deleteMissing) && <EmptyState testId="import-nothing">The import matches what is stored: nothing to apply.</EmptyState>}
      {plan.configDiff.length > 0 && (
        <details open>
          <summary data-testid="import-config-changes">Configuration: {plan.configDiff.length} value(s) change</summary>
          <DiffList diff={plan.configDiff} testId="import-config-diff" />
        </details>
      )}
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {plan.added.map((p) => (
          <li key={p.id} data-testid="import-added"><Lozenge appearance="success">Added</Lozenge> {p.name} <code>{p.id}</code></li>
        ))}
        {plan.changed.map((c) => (
          <li key={c.policy.id} data-testid="import-changed">
            <details open>
              <summary><Lozenge appearance="inprogress">Changed</Lozenge> {c.policy.name} <code>{c.policy.id}</code>{' '}
                <span style={subtle}>({c.diff.length} value(s), from version {c.expectedVersion})</span></summary>
              <DiffList diff={c.diff} testId={`import-policy-diff-${c.policy.id}`} />
            </details>
          </li>
        ))}
        {plan.removed.map((s) => (
          <li key={s.policy.id} data-testid="import-removed">
            <Lozenge appearance={deleteMissing ? 'removed' : 'default'}>{deleteMissing ? 'Removed' : 'Not in import (kept)'}</Lozenge>{' '}
            {s.policy.name} <code>{s.policy.id}</code>
          </li>
        ))}
        {plan.unchanged.map((id) => <li key={id} style={subtle}>Unchanged: <code>{id}</code></li>)}
        {plan.schedules.map((s) => (
          <li key={s.id} data-testid="import-schedule">
            <details open>
              <summary><Lozenge appearance={s.isNew ? 'success' : 'inprogress'}>{s.isNew ? 'New schedule' : 'Changed schedule'}</Lozenge> {s.name}</summary>
              {!s.isNew && <DiffList diff={s.diff} testId={`import-schedule-diff-${s.id}`} />}
            </details>
          </li>
        ))}
        {plan.integrations.map((i) => (
          <li key={i.id} data-testid="import-integration">
            <details open>
              <summary><Lozenge appearance={i.isNew ? 'success' : 'inprogress'}>{i.isNew ? 'New integration' : 'Changed integration'}</Lozenge> {i.name}{' '}
                <code>{i.id}</code>{i.isNew && <span style={subtle}> (gets a new secret: rotate it on the Integrations page to read it)</span>}</summary>
              {!i.isNew && <DiffList diff={i.diff} testId={`import-integration-diff-${i.id}`} />}
            </details>
          </li>
        ))}
        {plan.alertSettingsDiff.length > 0 && (
          <li data-testid="import-alert-settings">
            <details open>
              <summary><Lozenge appearance="inprogress">Maintenance windows and peak hours</Lozenge> {plan.alertSettingsDiff.length} value(s) change</summary>
              <DiffList diff={plan.alertSettingsDiff} testId="import-alert-settings-diff" />
            </details>
          </li>
        )}
        {plan.roleMappingDiff.length > 0 && (
          <li data-testid="import-role-mapping">
            <details open>
              <summary><Lozenge appearance="inprogress">Role mapping</Lozenge> {plan.roleMappingDiff.length} value(s) change</summary>
              <DiffList diff={plan.roleMappingDiff} testId="import-role-mapping-diff" />
            </details>
          </li>
        )}
      </ul>
    </section>
  );
}
