import type { SiteUser } from '../jira/siteTypes.js';
import { APP_ACCOUNT_ID } from '../jira/siteContext.js';

/** A person the sandbox shell's user switcher offers, with the groups they belong to. */
export interface DemoUser extends SiteUser {
  groups: readonly string[];
}

const person = (accountId: string, email: string, displayName: string, roleLabel: string, groups: string[], accountType: SiteUser['accountType'] = 'atlassian'): DemoUser => ({
  accountId,
  email,
  displayName,
  roleLabel,
  groups,
  accountType,
  timeZone: 'Europe/London',
});

/** The demo site's people. Everyone signs in with their email and the API token `sandbox`. */
export const DEMO_USERS: readonly DemoUser[] = [
  person('sandbox-agent-ana', 'ana.agent@example.test', 'Ana Agent', 'Agent', ['itops-agents']),
  person('sandbox-agent-ben', 'ben.agent@example.test', 'Ben Agent', 'Agent', ['itops-agents']),
  person('sandbox-lead-lena', 'lena.lead@example.test', 'Lena Lead', 'Team lead', ['itops-agents', 'itops-leads']),
  person('sandbox-lead-omar', 'omar.lead@example.test', 'Omar Lead', 'Team lead', ['itops-agents', 'itops-leads']),
  person('sandbox-manager-maya', 'maya.manager@example.test', 'Maya Manager', 'Service manager', ['itops-managers']),
  person('sandbox-director-dev', 'dev.director@example.test', 'Dev Director', 'IT director', ['executives']),
  person('sandbox-cio-carla', 'carla.cio@example.test', 'Carla CIO', 'CIO', ['executives']),
  person('sandbox-admin-adam', 'adam.admin@example.test', 'Adam Admin', 'Jira admin', ['jira-administrators']),
  // In ITOPS's Administrators role but not a Jira admin: sees the project's settings page, never Jira administration.
  person('sandbox-projadmin-priya', 'priya.projadmin@example.test', 'Priya Project-Admin', 'ITOPS project admin', []),
  person('sandbox-customer-chris', 'chris.customer@example.test', 'Chris Customer', 'Customer', [], 'customer'),
  // Business stakeholders: not agents; in `npm start`'s showcase they follow the services their teams depend on.
  person('sandbox-biz-fiona', 'fiona.finance@example.test', 'Fiona Finance', 'Finance director', ['business-stakeholders']),
  person('sandbox-biz-sam', 'sam.sales@example.test', 'Sam Sales', 'Head of sales', ['business-stakeholders']),
];

/** The app's own account: what asApp() calls act as. Not offered in the user switcher. */
export const APP_USER: SiteUser = {
  accountId: APP_ACCOUNT_ID,
  email: 'incident-escalation@connect.atlassian.invalid',
  displayName: 'Incident Escalation',
  accountType: 'app',
  timeZone: 'UTC',
  roleLabel: 'App',
};

export const DEMO_GROUPS = [
  { name: 'jira-administrators', groupId: 'a1b2c3d4-0000-4000-8000-000000000001' },
  { name: 'itops-agents', groupId: 'a1b2c3d4-0000-4000-8000-000000000002' },
  { name: 'itops-leads', groupId: 'a1b2c3d4-0000-4000-8000-000000000003' },
  { name: 'itops-managers', groupId: 'a1b2c3d4-0000-4000-8000-000000000004' },
  { name: 'executives', groupId: 'a1b2c3d4-0000-4000-8000-000000000005' },
  { name: 'business-stakeholders', groupId: 'a1b2c3d4-0000-4000-8000-000000000006' },
] as const;

/** For the shell's user switcher. */
export function demoUserList(): { email: string; accountId: string; displayName: string; role: string }[] {
  return DEMO_USERS.map((u) => ({ email: u.email, accountId: u.accountId, displayName: u.displayName, role: u.roleLabel }));
}
