import type { Action } from '../../domain/access/action.js';
import type { AppRole } from '../../domain/access/appRole.js';
import { can } from '../../domain/access/can.js';
import type { IssuePermission } from '../../ports/incidentHost.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import { policyProjects, projectOf, rolesIn } from './callerRoles.js';
import type { Deps } from '../shared/deps.js';

export type AuthDeps = Pick<Deps, 'host' | 'store' | 'clock'>;
export type IssueAction = Extract<Action, 'viewPanel' | 'escalate' | 'acknowledge' | 'standDown' | 'publishStatusUpdate' | 'designateCommsLead' | 'confirmBridgeJoin' | 'editReview' | 'coordinate'>;

/** The Jira permission each issue action needs besides the app role: changes write to the issue. */
export const ISSUE_PERMISSION: Readonly<Record<IssueAction, IssuePermission>> = {
  viewPanel: 'BROWSE_PROJECTS',
  escalate: 'EDIT_ISSUES',
  acknowledge: 'EDIT_ISSUES',
  standDown: 'EDIT_ISSUES',
  publishStatusUpdate: 'EDIT_ISSUES',
  designateCommsLead: 'EDIT_ISSUES',
  confirmBridgeJoin: 'BROWSE_PROJECTS',
  editReview: 'EDIT_ISSUES',
  coordinate: 'EDIT_ISSUES',
};

/**
 * Checks on the server that the actor may do `action` on the issue: first Jira's own permission
 * (so nobody learns anything about an issue they cannot see), then the app role. A refusal is
 * written to the access log (who, what, when, which issue, why) before it is thrown.
 * Returns the roles, which the caller may use to describe what else is allowed.
 */
export async function authorizeIssueAction(deps: AuthDeps, actor: Actor, action: IssueAction, issueKey: string): Promise<AppRole[]> {
  const permission = ISSUE_PERMISSION[action];
  if (!(await deps.host.hasIssuePermission(actor.accountId, issueKey, permission))) {
    await deny(deps, actor, action, issueKey, `${action} needs the Jira permission ${permission} on ${issueKey}, which you do not have`);
  }
  const roles = await rolesIn(deps, actor.accountId, [projectOf(issueKey)]);
  const decision = can(roles, action);
  if (!decision.allowed) await deny(deps, actor, action, issueKey, decision.reason);
  return roles;
}

/**
 * Site-wide actions: policies, configuration, schedules, the role mapping, logs and audits.
 * `attempted` names what the person tried (e.g. `savePolicy`) in the access log.
 */
export async function authorizeSiteAction(deps: AuthDeps, actor: Actor, action: Action, attempted: string = action): Promise<AppRole[]> {
  const roles = await rolesIn(deps, actor.accountId, await policyProjects(deps.store));
  const decision = can(roles, action);
  if (!decision.allowed) await deny(deps, actor, attempted, null, decision.reason);
  return roles;
}

/** Refusals stored per account and window; past this they are counted, so nobody can flood the log. */
export const REFUSALS_STORED_PER_WINDOW = 20;
export const REFUSAL_WINDOW_MINUTES = 10;

/**
 * Changes that apply to every project (the role mapping, integrations and their secrets, the
 * global configuration, channels and templates): only roles granted by groups (or Jira
 * administration) count, so administering one project never makes anyone an admin of the
 * whole site. Someone who holds the role only through a project role is told so.
 */
export async function authorizeSiteWideChange(deps: AuthDeps, actor: Actor, action: Action, attempted: string = action): Promise<AppRole[]> {
  const roles = await rolesIn(deps, actor.accountId, []);
  if (can(roles, action).allowed) return roles;
  const withProjects = await rolesIn(deps, actor.accountId, await policyProjects(deps.store));
  const decision = can(withProjects, action);
  return deny(deps, actor, attempted, null, decision.allowed
    ? `${attempted} needs the policy admin role from a configured group or Jira administration: it changes the whole site, and project roles do not count`
    : decision.reason);
}

/**
 * Changing a policy: a policy admin by group (or Jira admin) may change any; one by project role
 * only policies all of whose projects (before and after the change) they administer.
 */
export async function authorizePolicyChange(deps: AuthDeps, actor: Actor, attempted: string, projects: readonly string[]): Promise<void> {
  await authorizeSiteAction(deps, actor, 'editPolicies', attempted);
  if (can(await rolesIn(deps, actor.accountId, []), 'editPolicies').allowed) return;
  const missing: string[] = [];
  for (const p of [...new Set(projects)].sort()) {
    if (!can(await rolesIn(deps, actor.accountId, [p]), 'editPolicies').allowed) missing.push(p);
  }
  if (missing.length || projects.length === 0) {
    await deny(deps, actor, attempted, null, `${attempted} needs the policy admin role in every project the policy covers (before and after the change): ${missing.join(', ') || 'none named'}`);
  }
}

export async function deny(deps: Pick<Deps, 'store' | 'clock'>, actor: Actor, action: string, issueKey: string | null, reason: string): Promise<never> {
  const now = deps.clock.now();
  const windowMs = REFUSAL_WINDOW_MINUTES * 60_000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const n = await deps.store.countRefusal(actor.accountId, windowStart, REFUSAL_WINDOW_MINUTES * 60);
  const at = new Date(now).toISOString();
  if (n <= REFUSALS_STORED_PER_WINDOW) {
    await deps.store.appendAccessLog({ at, accountId: actor.accountId, action, issueKey, allowed: false, reason });
  } else if (n === REFUSALS_STORED_PER_WINDOW + 1) {
    const until = new Date(windowStart + windowMs).toISOString();
    await deps.store.appendAccessLog({ at, accountId: actor.accountId, action: 'refusalsCounted', issueKey: null, allowed: false,
      reason: `more than ${REFUSALS_STORED_PER_WINDOW} refusals in ${REFUSAL_WINDOW_MINUTES} minutes: further refusals of ${actor.accountId} until ${until} are counted, not stored` });
  }
  throw new AppError('FORBIDDEN', reason);
}
