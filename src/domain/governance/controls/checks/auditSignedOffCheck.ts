import type { CheckResult, EvidenceCheck } from '../../../../contracts/controls.js';
import type { PeriodEvidence } from '../periodEvidence.js';

/** The internal audit of the month happened and an auditor signed it off. */
export function auditSignedOffCheck(check: Extract<EvidenceCheck, { kind: 'auditSignedOff' }>, ev: PeriodEvidence): CheckResult {
  if (!ev.audit) return { check, status: 'gap', summary: `No adherence audit of ${ev.period} has run.`, evidence: [] };
  const ref = { kind: 'audit' as const, id: ev.period, label: `Adherence audit ${ev.period}` };
  if (ev.audit.status !== 'signedOff' || !ev.audit.signedOff) {
    return { check, status: 'gap', summary: `The audit of ${ev.period} ran ${ev.audit.ranAt.slice(0, 10)} but is not signed off.`, evidence: [ref] };
  }
  return { check, status: 'met', summary: `The audit of ${ev.period} was signed off ${ev.audit.signedOff.at.slice(0, 10)}.`, evidence: [ref] };
}
