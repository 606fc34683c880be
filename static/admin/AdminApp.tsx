import { heading, page } from '../shared/styles.js';
import { AccessLogPage } from './access/AccessLogPage.js';
import { RecordsNeedingAttentionPage } from './attention/RecordsNeedingAttentionPage.js';
import { RoleAuditPage } from './audit/RoleAuditPage.js';
import { CommsPage } from './comms/CommsPage.js';
import { ConfigPage } from './config/ConfigPage.js';
import { MyDutiesPage } from './duties/MyDutiesPage.js';
import { SettingsNav } from './nav/SettingsNav.js';
import { settingsPages, type SettingsPageId } from './nav/settingsPages.js';
import { useSettingsRoute } from './nav/useSettingsRoute.js';
import { PoliciesPage } from './policy/PoliciesPage.js';
import { RoleMappingPage } from './roles/RoleMappingPage.js';
import { SchedulesPage } from './schedules/SchedulesPage.js';
import { ImportExportPage } from './transfer/ImportExportPage.js';
import { IntegrationsPage } from './integrations/IntegrationsPage.js';
import { SimulatorPage } from './simulator/SimulatorPage.js';
import { DrillsPage } from './drills/DrillsPage.js';
import { EffectivenessPage } from './reviews/EffectivenessPage.js';
import { GovernancePage } from './governance/GovernancePage.js';
import { TeamsPage } from './teams/TeamsPage.js';
import { IncidentCommsSettingsPage } from './incidentComms/IncidentCommsSettingsPage.js';
import { RoutingPage } from './routing/RoutingPage.js';

const pages: Record<SettingsPageId, () => JSX.Element> = {
  policies: () => <PoliciesPage />,
  simulator: () => <SimulatorPage />,
  drills: () => <DrillsPage />,
  config: () => <ConfigPage />,
  schedules: () => <SchedulesPage />,
  roles: () => <RoleMappingPage />,
  access: () => <AccessLogPage />,
  attention: () => <RecordsNeedingAttentionPage />,
  audit: () => <RoleAuditPage />,
  duties: () => <MyDutiesPage />,
  transfer: () => <ImportExportPage />,
  integrations: () => <IntegrationsPage />,
  comms: () => <CommsPage />,
  effectiveness: () => <EffectivenessPage />,
  routing: () => <RoutingPage />,
  governance: () => <GovernancePage />,
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
          {pages[current]()}
        </section>
      </div>
    </main>
  );
}
