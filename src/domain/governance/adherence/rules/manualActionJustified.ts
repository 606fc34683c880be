import type { AdherenceCheck, IncidentAuditInput } from '../adherenceCheck.js';

/**
 * Manual escalations and stand-downs carried a reason and were made by someone whose role
 * allowed it at the time. The engine records the reason as the event's detail.
 */
export function manualActionJustified(input: IncidentAuditInput): AdherenceCheck[] {
  const checks: AdherenceCheck[] = [];
  for (const e of input.events) {
    if (e.type !== 'manualEscalation' && e.type !== 'stoodDown') continue;
    const reason = e.detail.replace(/^(Escalated manually|Stood down)[^:]*:\s*/i, '').trim();
    const problems: string[] = [];
    if (!e.actor) problems.push('no actor recorded');
    else if (!input.authorised(e.actor, e.type, e.at)) problems.push(`${e.actor} did not hold a role allowed to do this`);
    if (reason.length === 0) problems.push('no reason given');
    checks.push({ rule: 'manualActionJustified', met: problems.length === 0, dueAt: e.at,
      expected: `${e.type === 'stoodDown' ? 'a stand-down' : 'a manual escalation'} by an authorised role, with a reason`,
      actual: problems.length ? problems.join('; ') : `by ${e.actor}: ${reason}`, evidence: [e.seq], responsible: 'incident owner' });
  }
  return checks;
}
