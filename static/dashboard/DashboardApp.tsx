import SectionMessage from '@atlaskit/section-message';
import { useEffect, useMemo, useState } from 'react';
import type { MySurfacesView } from '../../src/contracts/surfaces.js';
import { AccessLogPage } from '../admin/access/AccessLogPage.js';
import { MyDutiesPage } from '../admin/duties/MyDutiesPage.js';
import { GovernancePage } from '../admin/governance/GovernancePage.js';
import { TabBar } from '../shared/TabBar.js';
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

/** The active escalations, their trend and the caller's subscriptions: the page everyone gets. */
function ActiveEscalations() {
  const [filters, setFilters] = useState<DashboardFilters>({});
  const poll = usePolling(() => invokeResolver('listActiveEscalations', { filters, trendDays: 14 }), JSON.stringify(filters), POLL_MS);
  const offset = poll.data && poll.receivedAtMs !== null ? serverOffsetMs(poll.data.now, poll.receivedAtMs) : 0;
  const nowMs = useNow(offset);
  const rows = useMemo(
    () => (poll.data ? sortByUrgency(filterRows(poll.data.rows, filters), poll.data.now, nowMs) : []),
    [poll.data, filters, nowMs],
  );

  return (
    <div style={stack} data-testid="escalation-dashboard">
      <h2 style={{ ...heading, margin: 0 }}>Active escalations</h2>
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
    </div>
  );
}

type TabId = 'escalations' | 'duties' | 'access' | 'governance';

/**
 * The Apps-menu page. On a real site it is the one surface every licensed user reaches (Jira
 * shows the settings page to Jira administrators only), so the sections a non-admin's roles
 * open (their duties; for auditors the access log and governance) are tabs here, offered from
 * the server's answer about the caller's roles. Their resolvers authorise every call again.
 */
export function DashboardApp() {
  const [tab, setTab] = useState<TabId>('escalations');
  const [surfaces, setSurfaces] = useState<MySurfacesView | null>(null);
  useEffect(() => {
    void invokeResolver('getMySurfaces', {}).then((r) => { if (r.ok) setSurfaces(r.data); });
  }, []);
  const s = surfaces?.sections;
  const tabs: { id: TabId; label: string }[] = [
    { id: 'escalations', label: 'Active escalations' },
    ...(s?.duties ? [{ id: 'duties' as const, label: 'My duties' }] : []),
    ...(s?.accessLog ? [{ id: 'access' as const, label: 'Access log' }] : []),
    ...(s?.governance ? [{ id: 'governance' as const, label: 'Governance' }] : []),
  ];
  return (
    <main style={{ ...page, ...stack }} data-testid="apps-page">
      <h1 style={heading}>Incident escalation</h1>
      {tabs.length > 1 && <TabBar tabs={tabs} selected={tab} onSelect={setTab} label="Escalation sections" />}
      <div role={tabs.length > 1 ? 'tabpanel' : undefined} id={`panel-${tab}`} aria-labelledby={tabs.length > 1 ? `tab-${tab}` : undefined}>
        {tab === 'escalations' && <ActiveEscalations />}
        {tab === 'duties' && <MyDutiesPage />}
        {tab === 'access' && <AccessLogPage />}
        {tab === 'governance' && <GovernancePage />}
      </div>
    </main>
  );
}
