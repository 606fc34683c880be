import SectionMessage from '@atlaskit/section-message';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import type { MySurfacesView } from '../../src/contracts/surfaces.js';
import { TabBar } from '../shared/TabBar.js';
import type { DashboardFilters } from '../../src/contracts/dashboard.js';
import { invokeResolver, type ResolverError } from '../shared/api.js';
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

// Only people with those roles open these tabs: everyone else never downloads their code.
const MyDutiesPage = lazy(() => import('../admin/duties/MyDutiesPage.js').then((m) => ({ default: m.MyDutiesPage })));
const AccessLogPage = lazy(() => import('../admin/access/AccessLogPage.js').then((m) => ({ default: m.AccessLogPage })));
const GovernancePage = lazy(() => import('../admin/governance/GovernancePage.js').then((m) => ({ default: m.GovernancePage })));

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
  // Without the answer the page cannot tell which sections are the caller's: say so and offer a retry
  // rather than silently showing only the escalations.
  const [surfacesError, setSurfacesError] = useState<ResolverError | null>(null);
  const loadSurfaces = useCallback(() => {
    setSurfacesError(null);
    void invokeResolver('getMySurfaces', {}).then((r) => {
      if (r.ok) setSurfaces(r.data);
      else setSurfacesError(r.error);
    });
  }, []);
  useEffect(loadSurfaces, [loadSurfaces]);
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
      {surfacesError && (
        <div data-testid="surfaces-error">
          <ErrorState error={surfacesError} title="Your other sections (My duties, Access log, Governance) could not be loaded" onRetry={loadSurfaces} />
        </div>
      )}
      {tabs.length > 1 && <TabBar tabs={tabs} selected={tab} onSelect={setTab} label="Escalation sections" />}
      <div role={tabs.length > 1 ? 'tabpanel' : undefined} id={`panel-${tab}`} aria-labelledby={tabs.length > 1 ? `tab-${tab}` : undefined}>
        {tab === 'escalations' && <ActiveEscalations />}
        <Suspense fallback={<LoadingState label="Loading…" />}>
          {tab === 'duties' && <MyDutiesPage />}
          {tab === 'access' && <AccessLogPage />}
          {tab === 'governance' && <GovernancePage />}
        </Suspense>
      </div>
    </main>
  );
}
