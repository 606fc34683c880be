import { useState } from 'react';
import { heading, page } from '../shared/styles.js';
import { ConfigPage } from './config/ConfigPage.js';
import { PoliciesPage } from './policy/PoliciesPage.js';
import { TabBar } from './TabBar.js';
import { ImportExportPage } from './transfer/ImportExportPage.js';

const tabs = [
  { id: 'policies', label: 'Policies' },
  { id: 'config', label: 'Matrix, services, calendars, exceptions' },
  { id: 'transfer', label: 'Import / export' },
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
        {tab === 'config' && <ConfigPage />}
        {tab === 'transfer' && <ImportExportPage />}
      </div>
    </main>
  );
}
