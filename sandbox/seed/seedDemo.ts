import type { JiraSite } from '../jira/createJiraSite.js';
import { ROLE_ADMINISTRATORS, ROLE_CUSTOMERS, ROLE_TEAM } from '../jira/sitePermissions.js';
import { DEMO_INCIDENTS, type DemoIncident } from './demoIncidents.js';
import { ITOPS } from './demoProject.js';
import { APP_USER, DEMO_GROUPS, DEMO_USERS } from './demoUsers.js';
import { incidentRecord } from './incidentRecord.js';

/** People, groups, the ITOPS service desk and its project roles. */
export function seedDirectory(site: JiraSite): void {
  const { directory } = site.context;
  site.context.transaction(() => {
    for (const { groups: _groups, ...user } of DEMO_USERS) directory.putUser(user);
    directory.putUser(APP_USER);
    for (const g of DEMO_GROUPS) {
      directory.putGroup(g.name, g.groupId, DEMO_USERS.filter((u) => u.groups.includes(g.name)).map((u) => u.accountId));
    }
    directory.putProject(ITOPS);
    directory.addRoleActor(ITOPS.key, ROLE_ADMINISTRATORS, { type: 'group', name: 'jira-administrators' });
    directory.addRoleActor(ITOPS.key, ROLE_ADMINISTRATORS, { type: 'user', name: 'sandbox-projadmin-priya' });
    for (const group of ['itops-agents', 'itops-leads', 'itops-managers', 'executives']) {
      directory.addRoleActor(ITOPS.key, ROLE_TEAM, { type: 'group', name: group });
    }
    for (const u of DEMO_USERS.filter((x) => x.accountType === 'customer')) {
      directory.addRoleActor(ITOPS.key, ROLE_CUSTOMERS, { type: 'user', name: u.accountId });
    }
  });
}

/** Writes incidents (already aged relative to `now`) in one transaction. */
export function seedIncidents(site: JiraSite, incidents: readonly DemoIncident[], now: Date): void {
  const ctx = site.context;
  ctx.transaction(() => {
    for (const spec of incidents) ctx.issues.insert(incidentRecord(ctx, spec, now.getTime()));
  });
}

/**
 * The demo site: the IT Operations service desk with its people and about twenty incidents in
 * every SLA state. Does nothing when the site already has the project (a restarted sandbox).
 */
export function seedDemo(site: JiraSite, now: Date): void {
  if (site.context.projects.find(ITOPS.key)) return;
  seedDirectory(site);
  seedIncidents(site, DEMO_INCIDENTS, now);
}
