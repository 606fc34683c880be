import type { CheckResult, EvidenceCheck } from '../../../../contracts/controls.js';
import { judgedAt, type PeriodEvidence } from '../periodEvidence.js';

/** Every policy in force had its thresholds reviewed on its cadence: none was past its review date. */
export function policiesReviewedCheck(check: Extract<EvidenceCheck, { kind: 'policiesReviewed' }>, ev: PeriodEvidence): CheckResult {
  if (ev.policiesInForce.length === 0) return { check, status: 'notApplicable', summary: `No policy was in force in ${ev.period}.`, evidence: [] };
  const at = judgedAt(ev);
  const overdue = ev.policiesInForce.filter((v) => Date.parse(v.reviewDueAt) < at);
  const ref = (v: (typeof overdue)[number]) => ({ kind: 'policyVersion' as const, id: `${v.policyId}@${v.version}`, label: `${v.policyId} v${v.version}: review due ${v.reviewDueAt.slice(0, 10)}` });
  return {
    check,
    status: overdue.length === 0 ? 'met' : 'gap',
    summary: overdue.length === 0
      ? `All ${ev.policiesInForce.length} policies in force were within their review date.`
      : `${overdue.length} of ${ev.policiesInForce.length} policies were past their review date: ${overdue.map((v) => v.policyId).join(', ')}.`,
    evidence: (overdue.length ? overdue : ev.policiesInForce).slice(0, 20).map(ref),
  };
}
