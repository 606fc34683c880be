import type { AdherenceCheck, AuditOptions, IncidentAuditInput } from '../adherenceCheck.js';
import { clockText, minutesText } from '../clockText.js';
import { levelSegments } from '../levelSegments.js';

/**
 * Each level the policy required fired within tolerance of its due time: the next level is
 * due its `delayMinutes` after the previous level's first page, unless the escalation was
 * acknowledged, stood down, resolved or moved to another path first.
 */
export function levelOnTime(input: IncidentAuditInput, opts: AuditOptions): AdherenceCheck[] {
  if (!input.paths) return [];
  const checks: AdherenceCheck[] = [];
  for (const seg of levelSegments(input.events)) {
    const next = input.paths[seg.path].levels[seg.level];
    if (!next) continue;
    const due = Date.parse(seg.firstPage.at) + next.delayMinutes * 60_000;
    const expected = `${seg.path} level ${seg.level + 1} pages by ${clockText(due)} (${minutesText(next.delayMinutes * 60_000)} after level ${seg.level}, ${minutesText(opts.toleranceMs)} tolerance)`;
    if (seg.nextLevelPage) {
      const at = Date.parse(seg.nextLevelPage.at);
      const late = at - due > opts.toleranceMs;
      checks.push({ rule: 'levelOnTime', met: !late, dueAt: new Date(due).toISOString(), expected,
        actual: late ? `paged at ${clockText(at)}, ${minutesText(at - due)} late` : `paged at ${clockText(at)}`,
        evidence: [seg.firstPage.seq, seg.nextLevelPage.seq], responsible: 'escalation system' });
      continue;
    }
    const stopped = seg.stoppedAtMs ?? Infinity;
    if (due >= stopped || due + opts.toleranceMs > opts.asOfMs) continue;
    checks.push({ rule: 'levelOnTime', met: false, dueAt: new Date(due).toISOString(), expected,
      actual: seg.stoppedBy ? `never paged before ${seg.stoppedBy.type} at ${clockText(stopped)}` : 'never paged',
      evidence: [seg.firstPage.seq, ...(seg.stoppedBy ? [seg.stoppedBy.seq] : [])], responsible: 'escalation system' });
  }
  return checks;
}
