import type { AppRole } from '../../domain/access/appRole.js';
import { resolveRoles } from '../../domain/access/resolveRoles.js';
import { DEFAULT_ROLE_MAPPING, type RoleMapping } from '../../domain/access/roleMapping.js';
import type { Deps } from '../shared/deps.js';

export type RoleDeps = Pick<Deps, 'host' | 'store'>;

/** The mapping a policy admin saved, or the default that works on a fresh JSM project. */
export async function currentRoleMapping(store: Deps['store']): Promise<RoleMapping> {
  return (await store.getRoleMapping())?.mapping ?? DEFAULT_ROLE_MAPPING;
}

/**
 * The app roles a user holds where `projectKeys` are concerned: groups count everywhere,
 * project roles in those projects only. An empty list means groups (and Jira admin) only.
 */
export async function rolesIn(deps: RoleDeps, accountId: string, projectKeys: readonly string[], mapping?: RoleMapping): Promise<AppRole[]> {
  const [groups, isJiraAdmin, perProject, m] = await Promise.all([
    deps.host.userGroups(accountId),
    deps.host.isJiraAdmin(accountId),
    Promise.all([...new Set(projectKeys)].map((p) => deps.host.projectRoles(accountId, p))),
    mapping ?? currentRoleMapping(deps.store),
  ]);
  return resolveRoles({ groups, projectRoles: perProject.flat(), isJiraAdmin }, m);
}

/** Jira issue keys are `PROJECT-123`, and project keys never contain a dash. */
export function projectOf(issueKey: string): string {
  return issueKey.slice(0, issueKey.lastIndexOf('-'));
}

/**
 * Projects whose roles count for site-wide actions (policies, schedules, duties, audits): those
 * the escalation policies cover. A project administrator elsewhere gains nothing here.
 */
export async function policyProjects(store: Deps['store']): Promise<string[]> {
  return [...new Set((await store.listPolicies()).flatMap((p) => p.policy.scope.projects))].sort();
}
