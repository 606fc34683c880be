import { useCallback, useEffect, useState } from 'react';
import Button from '@atlaskit/button/new';
import type { AttentionRecord } from '../../../src/contracts/incidentIntegrity.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { cell, heading, row, stack, subtle, table } from '../../shared/styles.js';

const KIND: Record<AttentionRecord['kind'], string> = {
  quarantined: 'Quarantined (app state unreadable; skipped by sweeps)',
  bypassAttempt: 'Bypass attempt (property changed outside the app; restored)',
};

/**
 * Records needing attention, for policy admins (the back end refuses anyone else): incidents
 * the app could not read and issue properties someone changed behind its back.
 */
export function RecordsNeedingAttentionPage() {
  const [records, setRecords] = useState<AttentionRecord[] | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);

  const load = useCallback(async () => {
    setError(null);
    setRecords(null);
    const r = await invokeResolver('listRecordsNeedingAttention', {});
    if (r.ok) setRecords(r.data.records);
    else setError(r.error);
  }, []);
  useEffect(() => { void load(); }, [load]);

  if (error) return <ErrorState error={error} onRetry={() => void load()} />;
  if (!records) return <LoadingState label="Loading records needing attention…" />;
  return (
    <div style={stack}>
      <div style={row}>
        <span style={subtle}>Kept 90 days, newest first.</span>
        <Button spacing="compact" onClick={() => void load()} testId="attention-refresh">Refresh</Button>
      </div>
      {records.length === 0 ? (
        <EmptyState testId="attention-empty">No record needs attention.</EmptyState>
      ) : (
        <table style={table} data-testid="attention">
          <caption style={{ ...heading, textAlign: 'left', padding: 0 }}>Records needing attention</caption>
          <thead>
            <tr>{['When', 'Issue', 'What', 'Reason', 'Last issue edit'].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr>
          </thead>
          <tbody>
            {records.map((r, i) => (
              <tr key={`${r.issueKey}-${r.at}-${i}`} data-testid="attention-row">
                <td style={cell}><time dateTime={r.at}>{new Date(r.at).toLocaleString()}</time></td>
                <td style={cell}>{r.issueKey}</td>
                <td style={cell}>{KIND[r.kind]}{r.property ? ` — ${r.property}` : ''}</td>
                <td style={cell}>{r.reason}</td>
                <td style={cell}>{r.lastEditedBy ? <><code>{r.lastEditedBy}</code>{r.lastEditedAt ? ` at ${new Date(r.lastEditedAt).toLocaleString()}` : ''}</> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
