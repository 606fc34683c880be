import type { AdherenceCheck, IncidentAuditInput } from '../adherenceCheck.js';
import { levelSegments } from '../levelSegments.js';

const NOBODY = /not delivered|nobody (?:is )?on call|does not resolve to anybody/i;

/**
 * A page that reached nobody (an empty rotation, an unknown team) was covered by the level's
 * backup at once. A level without backups that hit a gap is the policy owner's deviation.
 */
export function backupOnGap(input: IncidentAuditInput): AdherenceCheck[] {
  if (!input.paths) return [];
  const checks: AdherenceCheck[] = [];
  for (const seg of levelSegments(input.events)) {
    const level = input.paths[seg.path].levels[seg.level - 1];
    for (const page of [seg.firstPage, ...seg.followUps.filter((f) => f.type === 'repeated')]) {
      if (!NOBODY.test(page.detail)) continue;
      const covered = /backup is paged now/.test(page.detail) || seg.followUps.some((f) => f.type === 'backupPaged' && f.at === page.at);
      const hasBackups = (level?.backups.length ?? 0) > 0;
      checks.push({ rule: 'backupOnGap', met: covered, dueAt: page.at,
        expected: `the backup of ${seg.path} level ${seg.level} pages when nobody can be reached`,
        actual: covered ? 'backup paged at once' : hasBackups ? 'backup not paged' : 'the level has no backup',
        evidence: [page.seq], responsible: hasBackups ? 'escalation system' : 'policy owner' });
    }
  }
  return checks;
}
