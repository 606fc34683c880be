import type { CheckResult, EvidenceCheck } from '../../../../contracts/controls.js';
import { judgedAt, type PeriodEvidence } from '../periodEvidence.js';

const DAY = 86_400_000;

/** Someone reviewed who holds the app's roles recently enough before the month's end, and attested it. */
export function accessReviewAttestedCheck(check: Extract<EvidenceCheck, { kind: 'accessReviewAttested' }>, ev: PeriodEvidence): CheckResult {
  const at = judgedAt(ev);
  const attested = ev.roleAudits
    .filter((r) => r.attestedAt !== null && Date.parse(r.attestedAt) <= at)
    .sort((a, b) => Date.parse(b.attestedAt!) - Date.parse(a.attestedAt!));
  const last = attested[0];
  if (!last) return { check, status: 'gap', summary: 'No access review has been attested.', evidence: [] };
  const ageDays = Math.floor((at - Date.parse(last.attestedAt!)) / DAY);
  const ref = { kind: 'roleAudit' as const, id: last.id, label: `Access review attested ${last.attestedAt!.slice(0, 10)}` };
  return {
    check,
    status: ageDays <= check.maxAgeDays ? 'met' : 'gap',
    summary: `The last access review was attested ${last.attestedAt!.slice(0, 10)}, ${ageDays} days before ${ev.period} ended (at most ${check.maxAgeDays} allowed).`,
    evidence: [ref],
  };
}
