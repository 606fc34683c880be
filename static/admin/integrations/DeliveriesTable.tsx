import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import Lozenge from '@atlaskit/lozenge';
import type { DeliveryOutcome, DeliveryRecord } from '../../../src/contracts/integration.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { cell, heading, row, stack, table } from '../../shared/styles.js';

const LIMIT = 50;

const appearance: Record<DeliveryOutcome, 'success' | 'default' | 'moved' | 'removed' | 'inprogress' | 'new'> = {
  accepted: 'success', deduplicated: 'default', suppressed: 'moved', held: 'inprogress', refused: 'removed',
  ignored: 'default', confirmed: 'new', notified: 'success', 'notify-failed': 'removed',
};

/** What happened to the integration's recent requests, newest first, each with its reason. */
export function DeliveriesTable({ integrationId }: { integrationId: string }) {
  const [rows, setRows] = useState<DeliveryRecord[] | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);

  const load = useCallback(async () => {
    setError(null);
    const r = await invokeResolver('listIntegrationDeliveries', { id: integrationId, limit: LIMIT });
    if (r.ok) setRows(r.data);
    else setError(r.error);
  }, [integrationId]);
  useEffect(() => { void load(); }, [load]);

  return (
    <div style={stack}>
      <div style={row}>
        <h4 style={{ ...heading, margin: 0 }}>Recent deliveries</h4>
        <Button spacing="compact" onClick={() => void load()} testId="deliveries-refresh">Refresh</Button>
      </div>
      {error && <ErrorState error={error} onRetry={() => void load()} />}
      {!error && !rows && <LoadingState label="Loading deliveries…" />}
      {rows && rows.length === 0 && <EmptyState testId="deliveries-empty">Nothing received yet. Unauthenticated requests are never recorded.</EmptyState>}
      {rows && rows.length > 0 && (
        <table style={table} data-testid="deliveries">
          <thead>
            <tr>{['When', 'Outcome', 'HTTP', 'Reason', 'Alert', 'Incident'].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.id} data-testid="delivery-row" data-outcome={d.outcome}>
                <td style={cell}><time dateTime={d.receivedAt}>{new Date(d.receivedAt).toLocaleString()}</time></td>
                <td style={cell}><Lozenge appearance={appearance[d.outcome]}>{d.outcome}</Lozenge></td>
                <td style={cell}>{d.httpStatus}</td>
                <td style={cell}>{d.reason}</td>
                <td style={cell}>{d.summary ?? d.dedupKey ?? '—'}</td>
                <td style={cell}>{d.incidentKey ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
