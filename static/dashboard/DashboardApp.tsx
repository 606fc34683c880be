import SectionMessage from '@atlaskit/section-message';
import { useMemo, useState } from 'react';
import type { DashboardFilters } from '../../src/contracts/dashboard.js';
import { invokeResolver } from '../shared/api.js';
import { ErrorState } from '../shared/ErrorState.js';
import { LoadingState } from '../shared/LoadingState.js';
import { serverOffsetMs } from '../shared/serverClock.js';
import { heading, page, stack, subtle } from '../shared/styles.js';
import { useNow } from '../shared/useNow.js';
import { EscalationTable } from './EscalationTable.js';
import { filterRows } from './filterRows.js';
import { Filters } from './Filters.js';
import { sortByUrgency } from './rowUrgency.js';
import { Subscriptions } from './Subscriptions.js';
import { TrendCharts } from './TrendCharts.js';
import { usePolling } from './usePolling.js';

const POLL_MS = 10_000;

export function DashboardApp() {
  const [filters, setFilters] = useState<DashboardFilters>({});
  const poll = usePolling(() => invokeResolver('listActiveEscalations', { filters, trendDays: 14 }), JSON.stringify(filters), POLL_MS);
  const offset = poll.data && poll.receivedAtMs !== null ? serverOffsetMs(poll.data.now, poll.receivedAtMs) : 0;
  const nowMs = useNow(offset);
  const rows = useMemo(
    () => (poll.data ? sortByUrgency(filterRows(poll.data.rows, filters), poll.data.now, nowMs) : []),
    [poll.data, filters, nowMs],
  );

  return (
    <main style={{ ...page, ...stack }} data-testid="escalation-dashboard">
      <h1 style={heading}>Active escalations</h1>
      <Filters filters={filters} services={poll.data?.services ?? []} onChange={setFilters} />
      {poll.error && (
        <ErrorState error={poll.error} title={poll.data ? 'Live updates failed; retrying every 10 seconds' : undefined} />
      )}
      {!poll.data && !poll.error && <LoadingState label="Loading active escalations…" />}
      {poll.data && (
        <>
          <p style={subtle} data-testid="dashboard-updated" aria-live="polite">
            {rows.length} active · updated {poll.receivedAtMs ? new Date(poll.receivedAtMs).toLocaleTimeString() : ''} · refreshes every 10 s
          </p>
          {poll.data.needsAttention.length > 0 && (
            <SectionMessage appearance="warning" title={`${poll.data.needsAttention.length} escalated incident(s) could not be read and are not shown`}>
              <ul data-testid="needs-attention">
                {poll.data.needsAttention.map((n) => <li key={n.issueKey}><a href={`/browse/${n.issueKey}`} target="_top">{n.issueKey}</a>: {n.error}</li>)}
              </ul>
            </SectionMessage>
          )}
          <EscalationTable rows={rows} serverNow={poll.data.now} nowMs={nowMs} />
          <TrendCharts trend={poll.data.trend} />
        </>
      )}
      <Subscriptions />
    </main>
  );
}
