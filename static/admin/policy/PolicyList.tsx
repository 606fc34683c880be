import Button from '@atlaskit/button/new';
import { PersonName } from '../../shared/people/PersonName.js';
import Lozenge from '@atlaskit/lozenge';
import type { PolicySummary } from '../../../src/contracts/resolvers.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { cell, row, table } from '../../shared/styles.js';
import { ReviewDue } from './ReviewDue.js';

export function PolicyList({ policies, onEdit, onHistory, onDelete }: {
  policies: PolicySummary[];
  onEdit: (p: PolicySummary) => void;
  onHistory: (p: PolicySummary) => void;
  onDelete: (p: PolicySummary) => void;
}) {
  if (policies.length === 0) return <EmptyState testId="policies-empty">No policies yet. Create one to start escalating incidents.</EmptyState>;
  const sorted = [...policies].sort((a, b) => a.policy.rank - b.policy.rank || a.policy.name.localeCompare(b.policy.name));
  return (
    <table style={table} data-testid="policy-list">
      <thead>
        <tr>{['Rank', 'Policy', 'Version', 'Last change', 'Threshold review due', ''].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {sorted.map((s) => (
          <tr key={s.policy.id} data-testid="policy-row" data-policy-id={s.policy.id}>
            <td style={cell}>{s.policy.rank}</td>
            <td style={cell}>
              <strong>{s.policy.name}</strong> <code>{s.policy.id}</code>{' '}
              {!s.policy.enabled && <Lozenge>Disabled</Lozenge>}
            </td>
            <td style={cell}>{s.version}</td>
            <td style={cell}><PersonName accountId={s.author} />, {new Date(s.savedAt).toLocaleString()}<br />“{s.reason}”</td>
            <td style={cell}><ReviewDue summary={s} /></td>
            <td style={cell}>
              <div style={row}>
                <Button spacing="compact" onClick={() => onEdit(s)} testId={`policy-edit-${s.policy.id}`}>Edit</Button>
                <Button spacing="compact" onClick={() => onHistory(s)} testId={`policy-history-${s.policy.id}`}>History</Button>
                <Button spacing="compact" appearance="danger" onClick={() => onDelete(s)} testId={`policy-delete-${s.policy.id}`}>Delete…</Button>
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
