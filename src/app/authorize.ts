import type { IssuePermission } from '../ports/incidentHost.js';
import type { Actor } from './actor.js';
import { AppError } from './appError.js';
import type { Deps } from './deps.js';

/**
 * Checks on the server, with Jira's own permission data, that the actor may act on the issue.
 * A refusal is written to the access log (who, what, when, which issue, why) before it is thrown.
 */
export async function requireIssuePermission(
  deps: Pick<Deps, 'host' | 'store' | 'clock'>,
  actor: Actor,
  action: string,
  issueKey: string,
  permission: IssuePermission,
): Promise<void> {
  if (await deps.host.hasIssuePermission(actor.accountId, issueKey, permission)) return;
  await deny(deps, actor, action, issueKey, `${action} needs the Jira permission ${permission} on ${issueKey}, which you do not have`);
}

/** Only Jira administrators may change escalation policies and configuration. */
export async function requireJiraAdmin(deps: Pick<Deps, 'host' | 'store' | 'clock'>, actor: Actor, action: string): Promise<void> {
  if (await deps.host.isJiraAdmin(actor.accountId)) return;
  await deny(deps, actor, action, null, `${action} needs Jira administrator rights`);
}

async function deny(deps: Pick<Deps, 'store' | 'clock'>, actor: Actor, action: string, issueKey: string | null, reason: string): Promise<never> {
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
