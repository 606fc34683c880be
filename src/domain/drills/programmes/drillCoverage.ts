import type { CoverageRow, DrillRecord } from '../../../contracts/drills.js';

type Drilled = Pick<DrillRecord, 'startedAt' | 'pages' | 'findings' | 'status'>;

/**
 * Who in the policy's rotations a programme has drilled since `fromMs`: drilled (paged in a
 * drill and answered), missed (paged, never answered: an "unreachable" finding), or not yet
 * drilled. A person both drilled and missed counts as drilled, with the miss still shown.
 */
export function drillCoverage(people: readonly string[], drills: readonly Drilled[], fromMs: number, names: ReadonlyMap<string, string>): CoverageRow[] {
  const inYear = drills.filter((d) => Date.parse(d.startedAt) >= fromMs);
  return people.map((accountId) => {
    let drilledAt: string | null = null;
    let missedAt: string | null = null;
    for (const d of inYear) {
      const paged = d.pages.some((p) => p.outcome === 'sent' && p.accountIds.includes(accountId));
      if (!paged) continue;
      const missed = d.findings.some((f) => f.kind === 'unreachable' && f.accountId === accountId);
      if (missed) missedAt = later(missedAt, d.startedAt);
      else drilledAt = later(drilledAt, d.startedAt);
    }
    const state = drilledAt ? 'drilled' : missedAt ? 'missed' : 'notDrilled';
    return { accountId, displayName: names.get(accountId) ?? accountId, drilledAt, missedAt, state };
  });
}

const later = (a: string | null, b: string): string => (a === null || Date.parse(b) > Date.parse(a) ? b : a);

/**
 * Whom the next drill should exercise: people not yet drilled this year first (missed ones
 * before never-drilled ones, since they need it most), then the least recently drilled.
 */
export function nextParticipants(rows: readonly CoverageRow[]): string[] {
  const rank = (r: CoverageRow): number => (r.state === 'missed' ? 0 : r.state === 'notDrilled' ? 1 : 2);
  return [...rows].sort((a, b) => rank(a) - rank(b) || (Date.parse(a.drilledAt ?? '1970-01-01T00:00:00Z') - Date.parse(b.drilledAt ?? '1970-01-01T00:00:00Z')))
    .map((r) => r.accountId);
}
