import { lazy, Suspense } from 'react';
import { LoadingState } from '../shared/LoadingState.js';
import { heading, page } from '../shared/styles.js';
import { SettingsNav } from './nav/SettingsNav.js';
import { settingsPages, type SettingsPageId } from './nav/settingsPages.js';
import { useSettingsRoute } from './nav/useSettingsRoute.js';
import { PoliciesPage } from './policy/PoliciesPage.js';

// The policies page is where settings open; every other page is fetched when first opened, so a
// person who only edits policies (or follows a deep link to one page) loads only what they use.
const AccessLogPage = lazy(() => import('./access/AccessLogPage.js').then((m) => ({ default: m.AccessLogPage })));
const RecordsNeedingAttentionPage = lazy(() => import('./attention/RecordsNeedingAttentionPage.js').then((m) => ({ default: m.RecordsNeedingAttentionPage })));
const RoleAuditPage = lazy(() => import('./audit/RoleAuditPage.js').then((m) => ({ default: m.RoleAuditPage })));
const CommsPage = lazy(() => import('./comms/CommsPage.js').then((m) => ({ default: m.CommsPage })));
const ConfigPage = lazy(() => import('./config/ConfigPage.js').then((m) => ({ default: m.ConfigPage })));
const MyDutiesPage = lazy(() => import('./duties/MyDutiesPage.js').then((m) => ({ default: m.MyDutiesPage })));
const RoleMappingPage = lazy(() => import('./roles/RoleMappingPage.js').then((m) => ({ default: m.RoleMappingPage })));
const SchedulesPage = lazy(() => import('./schedules/SchedulesPage.js').then((m) => ({ default: m.SchedulesPage })));
const ImportExportPage = lazy(() => import('./transfer/ImportExportPage.js').then((m) => ({ default: m.ImportExportPage })));
const IntegrationsPage = lazy(() => import('./integrations/IntegrationsPage.js').then((m) => ({ default: m.IntegrationsPage })));
const HeartbeatsPage = lazy(() => import('./heartbeats/HeartbeatsPage.js').then((m) => ({ default: m.HeartbeatsPage })));
const SimulatorPage = lazy(() => import('./simulator/SimulatorPage.js').then((m) => ({ default: m.SimulatorPage })));
const DrillsPage = lazy(() => import('./drills/DrillsPage.js').then((m) => ({ default: m.DrillsPage })));
const EffectivenessPage = lazy(() => import('./reviews/EffectivenessPage.js').then((m) => ({ default: m.EffectivenessPage })));
const RecurrencePage = lazy(() => import('./reviews/RecurrencePage.js').then((m) => ({ default: m.RecurrencePage })));
const GovernancePage = lazy(() => import('./governance/GovernancePage.js').then((m) => ({ default: m.GovernancePage })));
const RetentionPage = lazy(() => import('./retention/RetentionPage.js').then((m) => ({ default: m.RetentionPage })));
const TeamsPage = lazy(() => import('./teams/TeamsPage.js').then((m) => ({ default: m.TeamsPage })));
const TabletopPage = lazy(() => import('./tabletop/TabletopPage.js').then((m) => ({ default: m.TabletopPage })));
const IncidentCommsSettingsPage = lazy(() => import('./incidentComms/IncidentCommsSettingsPage.js').then((m) => ({ default: m.IncidentCommsSettingsPage })));
const RoutingPage = lazy(() => import('./routing/RoutingPage.js').then((m) => ({ default: m.RoutingPage })));

const pages: Record<SettingsPageId, () => JSX.Element> = {
  policies: () => <PoliciesPage />,
  simulator: () => <SimulatorPage />,
  drills: () => <DrillsPage />,
  tabletop: () => <TabletopPage />,
  config: () => <ConfigPage />,
  schedules: () => <SchedulesPage />,
  roles: () => <RoleMappingPage />,
  access: () => <AccessLogPage />,
  attention: () => <RecordsNeedingAttentionPage />,
  audit: () => <RoleAuditPage />,
  duties: () => <MyDutiesPage />,
  transfer: () => <ImportExportPage />,
  integrations: () => <IntegrationsPage />,
  heartbeats: () => <HeartbeatsPage />,
  comms: () => <CommsPage />,
  effectiveness: () => <EffectivenessPage />,
  recurrence: () => <RecurrencePage />,
  routing: () => <RoutingPage />,
  governance: () => <GovernancePage />,
  retention: () => <RetentionPage />,
  teams: () => <TeamsPage />,
  'incident-comms': () => <IncidentCommsSettingsPage />,
};

export function AdminApp() {
  const [current, open] = useSettingsRoute();
  const title = settingsPages.find((p) => p.id === current)?.label ?? '';
  return (
    <main style={page} data-testid="admin-settings">
      <h1 style={heading}>Incident escalation settings</h1>
      <div style={{ display: 'flex', gap: 24, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <SettingsNav current={current} onOpen={open} />
        <section aria-label={title} data-testid={`page-${current}`} style={{ flex: '1 1 480px', minWidth: 0 }}>
          <Suspense fallback={<LoadingState label={`Loading ${title}…`} />}>{pages[current]()}</Suspense>
        </section>
      </div>
    </main>
  );
}
