import type { AdherenceCheck, AuditOptions, IncidentAuditInput } from '../adherenceCheck.js';
import { clockText } from '../clockText.js';

/**
 * An incident that required a review had its PIR opened at resolution and completed within
 * the due hours, with time the incident spent reopened (review paused) not counted.
 */
export function reviewOnTime(input: IncidentAuditInput, opts: AuditOptions): AdherenceCheck[] {
  if (!input.reviewRequired) return [];
  const resolved = [...input.events].reverse().find((e) => e.type === 'resolved');
  if (!resolved) return [];
  let pausedMs = 0;
  let pausedAt: number | null = null;
  for (const e of input.events) {
    if (e.type === 'reviewPaused') pausedAt = Date.parse(e.at);
    if (e.type === 'reviewResumed' && pausedAt !== null) {
      pausedMs += Date.parse(e.at) - pausedAt;
      pausedAt = null;
    }
  }
  const opened = input.events.find((e) => e.type === 'reviewOpened');
  const completed = input.events.find((e) => e.type === 'reviewCompleted');
  const start = Date.parse(opened?.at ?? resolved.at);
  const due = start + input.reviewDueHours * 3_600_000 + pausedMs;
  const checks: AdherenceCheck[] = [];
  checks.push({ rule: 'reviewOnTime', met: opened !== undefined, dueAt: resolved.at, expected: 'a PIR opened when the incident was resolved',
    actual: opened ? `opened at ${clockText(Date.parse(opened.at))}` : 'no PIR opened',
    evidence: [resolved.seq, ...(opened ? [opened.seq] : [])], responsible: 'escalation system' });
  if (!completed && (due + opts.toleranceMs > opts.asOfMs || pausedAt !== null)) return checks;
  const doneAt = completed ? Date.parse(completed.at) : null;
  checks.push({ rule: 'reviewOnTime', met: doneAt !== null && doneAt <= due, dueAt: new Date(due).toISOString(),
    expected: `the PIR completed by ${new Date(due).toISOString().slice(0, 16).replace('T', ' ')} UTC (${input.reviewDueHours} h${pausedMs ? ', plus time reopened' : ''})`,
    actual: doneAt === null ? 'not completed' : `completed ${new Date(doneAt).toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    evidence: [...(opened ? [opened.seq] : []), ...(completed ? [completed.seq] : [])], responsible: 'review owner' });
  return checks;
}
