import { APP_ROLES, type AppRole } from './appRole.js';
import { DEFAULT_ROLE_MAPPING, type RoleMapping } from './roleMapping.js';

/** What Jira says about a user, for the project the request concerns. */
export interface JiraIdentity {
  readonly groups: readonly string[];
  readonly projectRoles: readonly string[];
  readonly isJiraAdmin: boolean;
}

// Jira treats group and project role names case-insensitively, so a mapping typed as
// "Service desk team" must still match.
const key = (name: string): string => name.trim().toLowerCase();

/**
 * The app roles a user holds, in the order of APP_ROLES. Jira administrators are always
 * policy admins so that a misconfigured mapping can be repaired by someone.
 *
 * @example
 * resolveRoles({ groups: [], projectRoles: ['Service Desk Team'], isJiraAdmin: false })
 * // => ['initiator', 'responder']
 */
export function resolveRoles(identity: JiraIdentity, mapping: RoleMapping = DEFAULT_ROLE_MAPPING): AppRole[] {
  const groups = new Set(identity.groups.map(key));
  const projectRoles = new Set(identity.projectRoles.map(key));
  return APP_ROLES.filter((role) => {
    if (role === 'policyAdmin' && identity.isJiraAdmin) return true;
    const sources = mapping[role];
    return sources.groups.some((group) => groups.has(key(group))) || sources.projectRoles.some((name) => projectRoles.has(key(name)));
  });
}
