import type { JiraSite } from '../jira/index.js';
import type { DemoUser } from '../seed/index.js';
import { HttpError } from './httpKit.js';

/**
 * Who Jira shows a Custom UI module to, by module type (Forge's module reference):
 * - `jira:adminPage` sits in Jira settings → Apps, which only Jira administrators reach;
 * - `jira:projectSettingsPage` sits in a project's settings sidebar: that project's administrators;
 * - `jira:globalPage` is in the Apps menu of everyone with access to Jira (licensed users, not
 *   portal-only customers), and the app decides on the server what each may see;
 * - `jira:issuePanel` / `jira:issueContext` are in the agent's issue view: people who may browse
 *   the project and work in it (customers see the portal, not the issue view).
 * Display conditions are client-side in Jira and no protection by themselves; the app's
 * resolvers authorise every call regardless.
 */
export function mayOpenModule(site: JiraSite, moduleType: string, user: DemoUser, projectKey?: string): { allowed: boolean; reason: string } {
  const perms = site.context.permissions;
  const actor = { kind: 'user' as const, accountId: user.accountId };
  const licensed = user.accountType === 'atlassian';
  switch (moduleType) {
    case 'jira:adminPage':
      return perms.global(actor).has('ADMINISTER') ? ok : no('Jira shows app settings under Jira administration to Jira administrators only.');
    case 'jira:projectSettingsPage':
      if (!projectKey) return no('A project settings page belongs to a project.');
      return perms.project(actor, projectKey).has('ADMINISTER_PROJECTS') ? ok : no(`Only administrators of ${projectKey} see its project settings.`);
    case 'jira:globalPage':
      return licensed ? ok : no('Apps pages are shown to people with access to Jira, not to portal-only customers.');
    case 'jira:issuePanel':
    case 'jira:issueContext':
      if (!projectKey) return no('An issue module belongs to an issue.');
      return licensed && perms.isAgent(user.accountId, projectKey) ? ok : no('The issue view is for agents of the project.');
    default:
      return ok;
  }
}

const ok = { allowed: true, reason: '' };
const no = (reason: string) => ({ allowed: false, reason });

/** Refuses a bridge call from a module the user could not have opened in Jira. */
export function assertMayOpenModule(site: JiraSite, moduleType: string, user: DemoUser, projectKey?: string): void {
  const v = mayOpenModule(site, moduleType, user, projectKey);
  if (!v.allowed) throw new HttpError(403, v.reason);
}
