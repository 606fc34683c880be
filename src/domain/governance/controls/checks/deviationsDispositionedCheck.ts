import type { CheckResult, EvidenceCheck } from '../../../../contracts/controls.js';
import type { PeriodEvidence } from '../periodEvidence.js';

/** Every deviation found has a recorded decision: the learning loop of the audit is closed. */
export function deviationsDispositionedCheck(check: Extract<EvidenceCheck, { kind: 'deviationsDispositioned' }>, ev: PeriodEvidence): CheckResult {
  if (!ev.audit) return { check, status: 'gap', summary: `No adherence audit of ${ev.period} has run.`, evidence: [] };
  const ref = { kind: 'audit' as const, id: ev.period, label: `Adherence audit ${ev.period}` };
  const all = ev.audit.deviations;
  if (all.length === 0) return { check, status: 'notApplicable', summary: `The audit of ${ev.period} found no deviation.`, evidence: [ref] };
  const open = all.filter((d) => d.disposition === null);
  const actions = all.filter((d) => d.disposition?.kind === 'actionRaised').length;
  return {
    check,
    status: open.length === 0 ? 'met' : 'gap',
    summary: open.length === 0
      ? `All ${all.length} deviations have a disposition (${actions} with an action raised).`
      : `${open.length} of ${all.length} deviations have no disposition yet.`,
    evidence: [ref, ...open.slice(0, 20).map((d) => ({ kind: 'deviation' as const, id: d.id, label: `${d.incidentKey}: ${d.expected}` }))],
  };
}
