import type { CheckResult, EvidenceCheck } from '../../../../contracts/controls.js';
import type { PeriodEvidence } from '../periodEvidence.js';

/** A reason that says something: "x", "." or "update" does not explain a change to an auditor. */
const MEANINGFUL = /\w{3,}.*\s+\w|\w{8,}/;

/** Every change to a policy in the month has its author and a meaningful reason on record. */
export function policyChangesRecordedCheck(check: Extract<EvidenceCheck, { kind: 'policyChangesRecorded' }>, ev: PeriodEvidence): CheckResult {
  const changes = ev.policyVersions.filter((v) => { const t = Date.parse(v.savedAt); return t >= ev.fromMs && t < ev.toMs; });
  if (changes.length === 0) return { check, status: 'notApplicable', summary: `No policy was changed in ${ev.period}.`, evidence: [] };
  const ref = (v: (typeof changes)[number]) => ({ kind: 'policyVersion' as const, id: `${v.policyId}@${v.version}`, label: `${v.policyId} v${v.version}: ${v.reason || '(no reason)'}` });
  const bad = changes.filter((v) => !v.author.trim() || !MEANINGFUL.test(v.reason.trim()));
  return {
    check,
    status: bad.length === 0 ? 'met' : 'gap',
    summary: bad.length === 0
      ? `All ${changes.length} policy changes in ${ev.period} record who made them and why.`
      : `${bad.length} of ${changes.length} policy changes in ${ev.period} lack an author or a meaningful reason.`,
    evidence: (bad.length ? bad : changes).slice(0, 20).map(ref),
  };
}
