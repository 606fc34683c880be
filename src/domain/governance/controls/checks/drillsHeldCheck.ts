import { TZDate } from '@date-fns/tz';
import { subMonths } from 'date-fns';
import type { CheckResult, EvidenceCheck } from '../../../../contracts/controls.js';
import { judgedAt, type PeriodEvidence } from '../periodEvidence.js';

/** Enough escalation drills ended in the window up to the month's end to show the paths are exercised. */
export function drillsHeldCheck(check: Extract<EvidenceCheck, { kind: 'drillsHeld' }>, ev: PeriodEvidence): CheckResult {
  const windowFrom = subMonths(new TZDate(ev.toMs, 'UTC'), check.windowMonths).getTime();
  const at = judgedAt(ev);
  const held = ev.drills.filter((d) => d.endedAt !== null && d.endReason !== 'stopped' && Date.parse(d.endedAt) >= windowFrom && Date.parse(d.endedAt) < at);
  const months = check.windowMonths === 1 ? 'month' : `${check.windowMonths} months`;
  return {
    check,
    status: held.length >= check.minDrills ? 'met' : 'gap',
    summary: `${held.length} drill${held.length === 1 ? '' : 's'} completed in the ${months} to the end of ${ev.period} (at least ${check.minDrills} required; stopped drills do not count).`,
    evidence: held.slice(0, 20).map((d) => ({ kind: 'drill' as const, id: d.issueKey, label: `${d.issueKey} ended ${d.endedAt!.slice(0, 10)} (${d.endReason ?? 'ended'})` })),
  };
}
