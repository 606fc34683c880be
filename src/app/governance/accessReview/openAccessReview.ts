import type { AccessFinding, AccessReview } from '../../../contracts/accessReview.js';
import { accessReviewFindings } from '../../../domain/governance/accessReview/accessReviewFindings.js';
import { previousQuarter, quarterRange } from '../../../domain/governance/accessReview/quarter.js';
import { can } from '../../../domain/access/can.js';
import type { GovernanceStore } from '../../../ports/governanceStore.js';
import { policyProjects, rolesIn } from '../../access/callerRoles.js';
import { AppError } from '../../shared/appError.js';
import type { Deps } from '../../shared/deps.js';
import { appendToTrail } from '../appendToTrail.js';

/** Access-log lines one review reads (newest first); a busier quarter is marked truncated. */
export const REVIEW_LOG_LIMIT = 5000;

export type AccessReviewDeps = Pick<Deps, 'host' | 'store' | 'clock'> & { governance: GovernanceStore };

/**
 * Opens (or, while open, refreshes) the access review of `quarter`: reads the access log, groups
 * what a reviewer must judge into findings and stores the review. Idempotent: a quarter already
 * reviewed is returned as it is unless `rerun` is asked for while it is open, and then the
 * sign-offs of findings found again are kept. Opening is chained into the audit trail once.
 */
export async function openAccessReview(deps: AccessReviewDeps, quarter: string, openedBy: string, rerun = false): Promise<AccessReview> {
  const existing = await deps.governance.getAccessReview(quarter);
  if (existing && (!rerun || existing.status === 'completed')) {
    if (rerun) throw new AppError('CONFLICT', `the access review of ${quarter} is completed and cannot be run again`);
    return existing;
  }
  const { from, to } = quarterRange(quarter);
  const now = deps.clock.now();
  if (from > now) throw new AppError('INVALID', `${quarter} has not started yet`, [{ field: 'quarter', message: 'choose a quarter that has started' }]);
  const log = await deps.store.listAccessLog(REVIEW_LOG_LIMIT);
  const oldest = log[log.length - 1];
  const truncated = log.length >= REVIEW_LOG_LIMIT && oldest !== undefined && Date.parse(oldest.at) > from;
  const previous = new Map((existing?.findings ?? []).map((f) => [f.id, f.signOff]));
  const findings: AccessFinding[] = accessReviewFindings(log, { fromMs: from, toMs: to }).map((f) => ({ ...f, signOff: previous.get(f.id) ?? null }));
  const at = new Date(now).toISOString();
  const reviewer = existing ? existing.reviewer : await carriedOverReviewer(deps, quarter);
  const record: AccessReview = {
    schema: 1, quarter, from: new Date(from).toISOString(), to: new Date(to).toISOString(), openedAt: existing?.openedAt ?? at, openedBy: existing?.openedBy ?? openedBy,
    revision: (existing?.revision ?? 0) + 1, reviewer, assignedBy: existing ? existing.assignedBy : reviewer ? 'app:carried-over' : null,
    assignedAt: existing ? existing.assignedAt : reviewer ? at : null,
    entriesReviewed: log.filter((e) => { const t = Date.parse(e.at); return t >= from && t < to; }).length, truncated, findings,
    status: 'open', completed: null, escalatedAt: existing?.escalatedAt ?? null,
  };
  const saved = await deps.governance.saveAccessReview(record);
  if (!saved.saved) {
    // A duplicate scheduled run (or a second reviewer pressing Run) won: theirs stands.
    const winner = await deps.governance.getAccessReview(quarter);
    if (winner) return winner;
    throw new AppError('CONFLICT', `the access review of ${quarter} changed while it ran; run it again`);
  }
  await appendToTrail(deps.governance, at, existing ? 'accessReview.refreshed' : 'accessReview.opened', {
    quarter, by: openedBy, reviewer, entriesReviewed: record.entriesReviewed, truncated,
    findings: findings.map((f) => ({ id: f.id, kind: f.kind, severity: f.severity, actor: f.actor, count: f.count })),
  });
  return record;
}

/** The last quarter's reviewer reviews again when they still hold the auditor role; otherwise someone must be assigned. */
async function carriedOverReviewer(deps: AccessReviewDeps, quarter: string): Promise<string | null> {
  const before = await deps.governance.getAccessReview(previousQuarter(quarterRange(quarter).from));
  if (!before?.reviewer) return null;
  return (await holdsReviewerRole(deps, before.reviewer)) ? before.reviewer : null;
}

/** Whether `accountId` may sign an access review off now (the auditor role, where site actions count). */
export async function holdsReviewerRole(deps: Pick<Deps, 'host' | 'store'>, accountId: string): Promise<boolean> {
  return can(await rolesIn(deps, accountId, await policyProjects(deps.store)), 'signOffAccessReview').allowed;
}
