import { useState } from 'react';
import { heading, page } from '../shared/styles.js';
import { AccessLogPage } from './access/AccessLogPage.js';
import { RecordsNeedingAttentionPage } from './attention/RecordsNeedingAttentionPage.js';
import { RoleAuditPage } from './audit/RoleAuditPage.js';
import { CommsPage } from './comms/CommsPage.js';
import { ConfigPage } from './config/ConfigPage.js';
import { MyDutiesPage } from './duties/MyDutiesPage.js';
import { PoliciesPage } from './policy/PoliciesPage.js';
import { RoleMappingPage } from './roles/RoleMappingPage.js';
import { SchedulesPage } from './schedules/SchedulesPage.js';
import { TabBar } from '../shared/TabBar.js';
import { ImportExportPage } from './transfer/ImportExportPage.js';
import { IntegrationsPage } from './integrations/IntegrationsPage.js';
import { SimulatorPage } from './simulator/SimulatorPage.js';
import { DrillsPage } from './drills/DrillsPage.js';
import { EffectivenessPage } from './reviews/EffectivenessPage.js';
import { GovernancePage } from './governance/GovernancePage.js';
import { TeamsPage } from './teams/TeamsPage.js';

const tabs = [
  { id: 'policies', label: 'Policies' },
  { id: 'simulator', label: 'Simulator' },
  { id: 'drills', label: 'Drills' },
  { id: 'config', label: 'Matrix, services, calendars, exceptions' },
  { id: 'schedules', label: 'On-call schedules' },
  { id: 'roles', label: 'Role mapping' },
  { id: 'access', label: 'Access log' },
  { id: 'attention', label: 'Records needing attention' },
  { id: 'audit', label: 'Role audit' },
  { id: 'duties', label: 'My duties' },
  { id: 'transfer', label: 'Import / export' },
  { id: 'integrations', label: 'Integrations' },
  { id: 'comms', label: 'Communications' },
  { id: 'effectiveness', label: 'Path effectiveness' },
  { id: 'governance', label: 'Governance' },
  { id: 'teams', label: 'Teams' },
] as const;
type TabId = (typeof tabs)[number]['id'];

export function AdminApp() {
  const [tab, setTab] = useState<TabId>('policies');
  return (
    <main style={page} data-testid="admin-settings">
      <h1 style={heading}>Incident escalation settings</h1>
      <TabBar tabs={tabs} selected={tab} onSelect={setTab} label="Settings sections" />
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'policies' && <PoliciesPage />}
        {tab === 'simulator' && <SimulatorPage />}
        {tab === 'drills' && <DrillsPage />}
        {tab === 'config' && <ConfigPage />}
        {tab === 'schedules' && <SchedulesPage />}
        {tab === 'roles' && <RoleMappingPage />}
        {tab === 'access' && <AccessLogPage />}
        {tab === 'attention' && <RecordsNeedingAttentionPage />}
        {tab === 'audit' && <RoleAuditPage />}
        {tab === 'duties' && <MyDutiesPage />}
        {tab === 'transfer' && <ImportExportPage />}
        {tab === 'integrations' && <IntegrationsPage />}
        {tab === 'comms' && <CommsPage />}
        {tab === 'effectiveness' && <EffectivenessPage />}
        {tab === 'governance' && <GovernancePage />}
        {tab === 'teams' && <TeamsPage />}
      </div>
    </main>
  );
}
