import type { CheckResult, EvidenceCheck } from '../../../../contracts/controls.js';
import type { PeriodEvidence } from '../periodEvidence.js';
import { ruleText } from '../ruleText.js';

type Check = Extract<EvidenceCheck, { kind: 'adherenceRule' }>;

/**
 * Reads one rule's figure from the month's adherence audit. No audit yet is a gap (the month
 * was not audited); an audit in which the rule was never due is not applicable.
 */
export function adherenceRuleCheck(check: Check, ev: PeriodEvidence): CheckResult {
  const what = ruleText[check.rule];
  if (!ev.audit) return { check, status: 'gap', summary: `No adherence audit of ${ev.period} has run, so ${what} is not evidenced.`, evidence: [] };
  const f = ev.audit.summary.byRule[check.rule];
  const auditRef = { kind: 'audit' as const, id: ev.period, label: `Adherence audit ${ev.period}` };
  if (!f || f.checks === 0 || f.adherencePercent === null) {
    return { check, status: 'notApplicable', summary: `Nothing in ${ev.period} required ${what}.`, evidence: [auditRef] };
  }
  const misses = ev.audit.deviations.filter((d) => d.rule === check.rule);
  const met = f.adherencePercent >= check.minPercent;
  return {
    check,
    status: met ? 'met' : 'gap',
    summary: `${what}: ${f.metChecks} of ${f.checks} checks met (${f.adherencePercent}%, target ${check.minPercent}%).`,
    evidence: [auditRef, ...misses.slice(0, 20).map((d) => ({ kind: 'deviation' as const, id: d.id, label: `${d.incidentKey}: ${d.actual}` }))],
  };
}
