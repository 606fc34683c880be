import Lozenge from '@atlaskit/lozenge';
import { EmptyState } from '../../shared/EmptyState.js';
import { heading, stack, subtle } from '../../shared/styles.js';
import type { ImportPlan } from './planImport.js';

/** What applying the import will change: the config's differing fields and policies added, changed, removed. */
export function ImportPreview({ plan, deleteMissing }: { plan: ImportPlan; deleteMissing: boolean }) {
  const nothing = plan.configDiff.length === 0 && plan.added.length === 0 && plan.changed.length === 0 && (!deleteMissing || plan.removed.length === 0);
  return (
    <section style={stack} data-testid="import-preview" aria-label="Import preview">
      <h3 style={heading}>What will change</h3>
      {nothing && <EmptyState testId="import-nothing">The import matches what is stored: nothing to apply.</EmptyState>}
      <details>
        <summary data-testid="import-config-changes">Configuration: {plan.configDiff.length} field(s) differ</summary>
        <ul>{plan.configDiff.map((d) => <li key={`${d.kind}:${d.path}`}><code>{d.path}</code> {d.kind}</li>)}</ul>
      </details>
      <ul style={{ listStyle: 'none', padding: 0 }}>
        {plan.added.map((p) => (
          <li key={p.id} data-testid="import-added"><Lozenge appearance="success">Added</Lozenge> {p.name} <code>{p.id}</code></li>
        ))}
        {plan.changed.map((c) => (
          <li key={c.policy.id} data-testid="import-changed">
            <Lozenge appearance="inprogress">Changed</Lozenge> {c.policy.name} <code>{c.policy.id}</code>{' '}
            <span style={subtle}>({c.diff.length} field(s): {c.diff.slice(0, 5).map((d) => d.path).join(', ')}{c.diff.length > 5 ? '…' : ''})</span>
          </li>
        ))}
        {plan.removed.map((s) => (
          <li key={s.policy.id} data-testid="import-removed">
            <Lozenge appearance={deleteMissing ? 'removed' : 'default'}>{deleteMissing ? 'Removed' : 'Not in import (kept)'}</Lozenge>{' '}
            {s.policy.name} <code>{s.policy.id}</code>
          </li>
        ))}
        {plan.unchanged.map((id) => <li key={id} style={subtle}>Unchanged: <code>{id}</code></li>)}
      </ul>
    </section>
  );
}
