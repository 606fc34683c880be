import { isFirstOfMonth, previousMonth } from './auditPeriod.js';
import { runAdherenceAudit, type AuditDeps } from './runAdherenceAudit.js';
import { runPurge, type PurgeResult } from './retention/runPurge.js';
import { accessReviewsDue } from './accessReview/accessReviewsDue.js';
import type { RetentionStore } from '../../ports/retentionStore.js';

/** Days an audit may stay unsigned before the auditors' managers (policy admins) are told. */
export const SIGN_OFF_DAYS = 10;

export interface GovernanceDailyResult {
  audited: string | null;
  escalated: string[];
  /** The quarter whose access review this run opened, and reviews it reported overdue. */
  accessReviews: { opened: string | null; overdue: string[] };
  /** The day's purge, when retention storage is present. */
  purge: PurgeResult | null;
}

/**
 * The daily governance run. On the first of each month it audits the month before; a
 * duplicate or late run finds the audit already stored and leaves it alone. Every day it
 * marks audits left unsigned past SIGN_OFF_DAYS as overdue, once each, in the access log and
 * on the Governance page. It opens each quarter's access review (see accessReviewsDue). Then it purges what has outlived its retention (resumable, never
 * touching held records). (Emailing the compliance role needs an issue to notify about: not built.)
 */
export async function governanceDaily(deps: AuditDeps & { retention?: RetentionStore }): Promise<GovernanceDailyResult> {
  const now = deps.clock.now();
  let audited: string | null = null;
  // The first run of a month may land a day late (Forge spreads daily runs): catch up on day 2.
  const period = previousMonth(now);
  if (isFirstOfMonth(now) || (await deps.governance.getAudit(period)) === null) {
    const a = await runAdherenceAudit(deps, period, 'app:governance-daily');
    audited = a.period;
  }
  const escalated: string[] = [];
  for (const a of await deps.governance.listAudits()) {
    if (a.status !== 'open' || a.escalatedAt !== null) continue;
    if (now - Date.parse(a.ranAt) < SIGN_OFF_DAYS * 86_400_000) continue;
    const saved = await deps.governance.saveAudit({ ...a, revision: a.revision + 1, escalatedAt: new Date(now).toISOString() });
    if (!saved.saved) continue;
    escalated.push(a.period);
    await deps.store.appendAccessLog({ at: new Date(now).toISOString(), accountId: 'app:governance-daily', action: 'auditSignOffOverdue', issueKey: null, allowed: true,
      reason: `the adherence audit of ${a.period} has waited ${SIGN_OFF_DAYS} days for sign-off; ${a.deviations.filter((d) => d.disposition === null).length} deviations have no disposition` });
  }
  const accessReviews = await accessReviewsDue(deps);
  // Last, so a purge that runs out of time never stops the audit: its checkpoint carries it over.
  const purge = deps.retention ? await runPurge({ retention: deps.retention, clock: deps.clock }) : null;
  return { audited, escalated, accessReviews, purge };
}
