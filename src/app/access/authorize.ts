import type { Action } from '../../domain/access/action.js';
import type { AppRole } from '../../domain/access/appRole.js';
import { can } from '../../domain/access/can.js';
import type { IssuePermission } from '../../ports/incidentHost.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import { policyProjects, projectOf, rolesIn } from './callerRoles.js';
import type { Deps } from '../shared/deps.js';

export type AuthDeps = Pick<Deps, 'host' | 'store' | 'clock'>;
export type IssueAction = Extract<Action, 'viewPanel' | 'escalate' | 'acknowledge' | 'standDown' | 'publishStatusUpdate' | 'designateCommsLead' | 'confirmBridgeJoin' | 'editReview'>;

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

export async function deny(deps: Pick<Deps, 'store' | 'clock'>, actor: Actor, action: string, issueKey: string | null, reason: string): Promise<never> {
  await deps.store.appendAccessLog({
    at: new Date(deps.clock.now()).toISOString(),
    accountId: actor.accountId,
    action,
    issueKey,
    allowed: false,
    reason,
  });
  throw new AppError('FORBIDDEN', reason);
}
