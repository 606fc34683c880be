import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { IntegrationView } from '../../../src/contracts/integrationAdmin.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { cell, table } from '../../shared/styles.js';
import { FORMAT_LABELS } from './formatLabels.js';

/** Every integration, one row each; "Open" shows its details below. */
export function IntegrationList({ views, selected, onSelect }: {
  views: IntegrationView[];
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  if (views.length === 0) return <EmptyState testId="integrations-empty">No integrations yet. Create one for each monitoring tool that should open incidents.</EmptyState>;
  return (
    <table style={table} data-testid="integration-list">
      <thead>
        <tr>{['Name', 'Format', 'Service', 'Authentication', 'Status', ''].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr>
      </thead>
      <tbody>
        {views.map(({ integration: i }) => (
          <tr key={i.id} data-testid="integration-row" data-id={i.id} aria-selected={i.id === selected}>
            <td style={cell}><strong>{i.name}</strong> <code>{i.id}</code></td>
            <td style={cell}>{FORMAT_LABELS[i.format]}</td>
            <td style={cell}>{i.service ?? '—'}{i.serviceLabel ? ` (label ${i.serviceLabel})` : ''}</td>
            <td style={cell}>{i.auth}</td>
            <td style={cell}><Lozenge appearance={i.enabled ? 'success' : 'default'}>{i.enabled ? 'Enabled' : 'Disabled'}</Lozenge></td>
            <td style={cell}>
              <Button spacing="compact" onClick={() => onSelect(i.id)} testId={`integration-open-${i.id}`} aria-label={`Open ${i.name}`}>Open</Button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
