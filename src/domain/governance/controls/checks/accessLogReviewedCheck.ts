import type { CheckResult, EvidenceCheck } from '../../../../contracts/controls.js';
import { judgedAt, type PeriodEvidence } from '../periodEvidence.js';

const DAY = 86_400_000;

/**
 * Someone completed a quarterly review of the access log (bypass attempts, refusals, role
 * changes, new actors) recently enough before the month's end. A review still open is named
 * but does not count: its findings are not decided yet.
 */
export function accessLogReviewedCheck(check: Extract<EvidenceCheck, { kind: 'accessLogReviewed' }>, ev: PeriodEvidence): CheckResult {
  const at = judgedAt(ev);
  const done = ev.accessReviews
    .filter((r) => r.completedAt !== null && Date.parse(r.completedAt) <= at)
    .sort((a, b) => Date.parse(b.completedAt!) - Date.parse(a.completedAt!));
  const last = done[0];
  if (!last) {
    const open = ev.accessReviews.find((r) => r.completedAt === null);
    return { check, status: 'gap', summary: open ? `The access review of ${open.quarter} is open and not completed yet.` : 'No access review of the access log has been completed.',
      evidence: open ? [{ kind: 'accessReview', id: open.quarter, label: `Access review ${open.quarter} (open)` }] : [] };
  }
  const ageDays = Math.floor((at - Date.parse(last.completedAt!)) / DAY);
  const actions = last.actionNeeded === 0 ? 'no action needed' : `${last.actionNeeded} finding${last.actionNeeded === 1 ? '' : 's'} needing action`;
  return {
    check,
    status: ageDays <= check.maxAgeDays ? 'met' : 'gap',
    summary: `The access review of ${last.quarter} (${last.findings} findings, ${actions}) was completed ${last.completedAt!.slice(0, 10)}, ${ageDays} days before ${ev.period} ended (at most ${check.maxAgeDays} allowed).`,
    evidence: [{ kind: 'accessReview', id: last.quarter, label: `Access review ${last.quarter} completed ${last.completedAt!.slice(0, 10)}` }],
  };
}
