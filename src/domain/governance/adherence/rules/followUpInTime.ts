import type { AdherenceCheck, AuditOptions, IncidentAuditInput } from '../adherenceCheck.js';
import { clockText, minutesText } from '../clockText.js';
import { levelSegments } from '../levelSegments.js';

/**
 * Every page was answered, followed up or escalated within its acknowledgement timeout
 * (15 minutes unless the level says otherwise). A policy whose repeats, backups and next level
 * leave a page unanswered longer than that is a gap in the policy itself, so the policy owner
 * answers for it; a follow-up the policy asked for that came late is the system's.
 */
export function followUpInTime(input: IncidentAuditInput, opts: AuditOptions): AdherenceCheck[] {
  if (!input.paths) return [];
  const checks: AdherenceCheck[] = [];
  for (const seg of levelSegments(input.events)) {
    const level = input.paths[seg.path].levels[seg.level - 1];
    if (!level) continue;
    const pages = [seg.firstPage, ...seg.followUps];
    pages.forEach((page, i) => {
      const at = Date.parse(page.at);
      const due = at + level.ackTimeoutMinutes * 60_000;
      const answer = pages[i + 1] ?? seg.stoppedBy;
      const answeredAt = pages[i + 1] ? Date.parse(pages[i + 1]!.at) : seg.stoppedAtMs;
      if (answeredAt === null && due + opts.toleranceMs > opts.asOfMs) return;
      const gap = (answeredAt ?? opts.asOfMs) - due;
      if (gap <= opts.toleranceMs) {
        checks.push({ rule: 'followUpInTime', met: true, dueAt: new Date(due).toISOString(),
          expected: `answer or follow-up by ${clockText(due)}`, actual: `${answer!.type} at ${clockText(answeredAt!)}`,
          evidence: [page.seq, answer!.seq], responsible: 'escalation system' });
        return;
      }
      const chainLength = level.repeat + (level.backups.length ? 1 : 0);
      const policyOwed = i < chainLength;
      checks.push({ rule: 'followUpInTime', met: false, dueAt: new Date(due).toISOString(),
        expected: `answer or follow-up by ${clockText(due)} (${minutesText(level.ackTimeoutMinutes * 60_000)} after the page at ${clockText(at)})`,
        actual: answer && answeredAt !== null ? `nothing until ${answer.type} at ${clockText(answeredAt)}, ${minutesText(gap)} past the timeout` : 'nothing since',
        evidence: [page.seq, ...(answer ? [answer.seq] : [])],
        responsible: policyOwed ? 'escalation system' : 'policy owner' });
    });
  }
  return checks;
}
