import { useCallback, useEffect, useState } from 'react';
import { PersonName } from '../../shared/people/PersonName.js';
import Button from '@atlaskit/button/new';
import type { AccessLogEntry } from '../../../src/contracts/accessLog.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import { EmptyState } from '../../shared/EmptyState.js';
import { ErrorState } from '../../shared/ErrorState.js';
import { LoadingState } from '../../shared/LoadingState.js';
import { cell, heading, row, stack, subtle, table } from '../../shared/styles.js';

const LIMIT = 100;

/**
 * Recent refused attempts, newest first, for auditors and policy admins. The back end refuses
 * anyone else; that refusal shows as the usual "not allowed" state.
 */
export function AccessLogPage() {
  const [entries, setEntries] = useState<AccessLogEntry[] | null>(null);
  const [error, setError] = useState<ResolverError | null>(null);

  const load = useCallback(async () => {
    setError(null);
    setEntries(null);
    const r = await invokeResolver('listAccessLog', { limit: LIMIT });
    if (r.ok) setEntries(r.data);
    else setError(r.error);
  }, []);
  useEffect(() => { void load(); }, [load]);

  if (error) return <ErrorState error={error} onRetry={() => void load()} />;
  if (!entries) return <LoadingState label="Loading access log…" />;
  // The log may also hold allowed attempts; this view is about refusals.
  const denied = entries.filter((e) => !e.allowed);
  return (
    <div style={stack}>
      <div style={row}>
        <span style={subtle}>The {LIMIT} most recent attempts, refused ones shown, newest first.</span>
        <Button spacing="compact" onClick={() => void load()} testId="access-log-refresh">Refresh</Button>
      </div>
      {denied.length === 0 ? (
        <EmptyState testId="access-log-empty">Nobody has been refused recently.</EmptyState>
      ) : (
        <table style={table} data-testid="access-log">
          <caption style={{ ...heading, textAlign: 'left', padding: 0 }}>Refused attempts</caption>
          <thead>
            <tr>{['When', 'Who', 'Action', 'Issue', 'Reason'].map((h) => <th key={h} scope="col" style={cell}>{h}</th>)}</tr>
          </thead>
          <tbody>
            {denied.map((e, i) => (
              <tr key={`${e.at}-${i}`} data-testid="access-log-row">
                <td style={cell}><time dateTime={e.at}>{new Date(e.at).toLocaleString()}</time></td>
                <td style={cell}><PersonName accountId={e.accountId} /></td>
                <td style={cell}>{e.action}</td>
                <td style={cell}>{e.issueKey ?? '—'}</td>
                <td style={cell}>{e.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
