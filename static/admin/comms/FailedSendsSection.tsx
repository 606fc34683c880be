import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { CommunicationRecord } from '../../../src/contracts/comms.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { card, cell, heading, row, stack, table } from '../../shared/styles.js';

/** Sends given up for good, newest first: the admin's view of what never arrived. */
export function FailedSendsSection() {
  const [sends, setSends] = useState<CommunicationRecord[] | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);
  const load = useCallback(async () => {
    setError(null);
    setSends(null);
    const r = await invokeResolver('listFailedSends', {});
    if (r.ok) setSends(r.data.sends);
    else setError(r.error);
  }, []);
  useEffect(() => { void load(); }, [load]);

  return (
    <section style={card} aria-label="Failed sends">
      <div style={stack}>
        <div style={row}>
          <h3 style={heading}>Failed sends</h3>
          <Button spacing="compact" onClick={() => void load()} testId="failed-sends-refresh">Refresh</Button>
        </div>
        {error ? <ErrorState error={error} onRetry={() => void load()} />
          : !sends ? <LoadingState label="Loading failed sends…" />
          : sends.length === 0 ? <EmptyState testId="failed-sends-empty">No send has failed.</EmptyState>
          : (
            <table style={table} data-testid="failed-sends">
              <thead>
                <tr>{['When', 'Incident', 'Audience', 'Channel', 'Template', 'Recipients', 'Attempts', 'Error'].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr>
              </thead>
              <tbody>
                {sends.map((s) => (
                  <tr key={s.id} data-testid="failed-send-row">
                    <td style={cell}><time dateTime={s.sentAt}>{new Date(s.sentAt).toLocaleString()}</time></td>
                    <td style={cell}>{s.incidentKey}</td>
                    <td style={cell}>{s.audience}</td>
                    <td style={cell}>{s.channel}</td>
                    <td style={cell}>{s.templateId} v{s.templateVersion}</td>
                    <td style={cell}>{s.recipients.join(', ')}</td>
                    <td style={cell}>{s.attempts}</td>
                    <td style={cell}>{s.lastError}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
      </div>
    </section>
  );
}
