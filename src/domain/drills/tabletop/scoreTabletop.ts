import type { CoordinationRecord, Engagement, Handoff } from '../../../contracts/coordination.js';
import type { HandoffScore, TabletopRun, TabletopScore, TeamEngagementScore } from '../../../contracts/tabletop.js';
import type { Team } from '../../../contracts/team.js';

const MIN = 60_000;
const minutes = (fromMs: number, toMs: number): number => Math.round(((toMs - fromMs) / MIN) * 10) / 10;
const ms = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));

export interface TabletopScoreInput {
  run: Pick<TabletopRun, 'teams' | 'injects' | 'delivered'>;
  startedAt: string;
  /** The exercise incident's coordination; null when nothing has been engaged yet. */
  coordination: CoordinationRecord | null;
  teams: ReadonlyMap<string, Pick<Team, 'id' | 'name' | 'ola'>>;
}

/**
 * Scores a tabletop exercise against the joint protocol and the OLAs: for every team the
 * scenario expected, how it was engaged (by a protocol, by hand, by a handoff, or never) and
 * how many minutes after the start; whether it acknowledged within its engagement OLA; and
 * each handoff's acceptance against the receiving team's OLA. A clock still running has no
 * verdict (null) until its due time passes.
 *
 * @example scoreTabletop({ run, startedAt, coordination, teams }, now).engaged // => { count: 2, of: 3 }
 */
export function scoreTabletop({ run, startedAt, coordination, teams }: TabletopScoreInput, now: number): TabletopScore {
  const start = Date.parse(startedAt);
  const engagements = coordination?.engagements ?? [];
  const expected = new Set(run.teams);
  const rows: TeamEngagementScore[] = [
    ...run.teams.map((id) => teamRow(id, engagements.find((e) => e.teamId === id) ?? null, false)),
    ...engagements.filter((e) => !expected.has(e.teamId)).map((e) => teamRow(e.teamId, e, true)),
  ];
  function teamRow(id: string, e: Engagement | null, unexpected: boolean): TeamEngagementScore {
    const team = teams.get(id);
    const name = e?.teamName ?? team?.name ?? id;
    if (!e) {
      return { teamId: id, teamName: name, engagedThrough: null, engagedAt: null, minutesToEngage: null, acknowledgedAt: null,
        minutesToAcknowledge: null, olaMinutes: team?.ola.engagementAckMinutes ?? null, olaMet: null, unexpected };
    }
    const engaged = Date.parse(e.engagedAt);
    const acked = ms(e.acknowledgedAt);
    const due = ms(e.olaDueAt);
    return {
      teamId: id, teamName: name,
      engagedThrough: e.protocolId !== null ? 'protocol' : e.engagedBy.startsWith('handoff ') ? 'handoff' : 'hand',
      engagedAt: e.engagedAt, minutesToEngage: minutes(start, engaged),
      acknowledgedAt: e.acknowledgedAt, minutesToAcknowledge: acked === null ? null : minutes(engaged, acked),
      olaMinutes: team?.ola.engagementAckMinutes ?? null,
      olaMet: verdict(acked, due, e.breachedAt, now),
      unexpected,
    };
  }
  const handoffs: HandoffScore[] = (coordination?.handoffs ?? []).map((h) => handoffRow(h, now));
  const verdicts = [...rows.map((r) => r.olaMet), ...handoffs.map((h) => h.olaMet)].filter((v): v is boolean => v !== null);
  const playable = new Set(run.injects.map((i) => i.id));
  return {
    teams: rows,
    handoffs,
    engaged: { count: rows.filter((r) => !r.unexpected && r.engagedAt !== null).length, of: run.teams.length },
    olaMet: { count: verdicts.filter(Boolean).length, of: verdicts.length },
    injects: { delivered: run.delivered.filter((d) => playable.has(d.injectId)).length, of: run.injects.length },
  };
}

/** Met when acknowledged by the due time with no breach recorded; missed once breached or overdue. */
function verdict(doneMs: number | null, dueMs: number | null, breachedAt: string | null, now: number): boolean | null {
  if (breachedAt !== null) return false;
  if (doneMs !== null) return dueMs === null || doneMs <= dueMs;
  if (dueMs !== null && now >= dueMs) return false;
  return null;
}

function handoffRow(h: Handoff, now: number): HandoffScore {
  const requested = Date.parse(h.requestedAt);
  const accepted = h.state === 'accepted' ? ms(h.decidedAt) : null;
  // A handoff's dueAt moves on as it escalates; its first miss is what the OLA counts.
  const olaMet = h.olaBreachedAt !== null ? false : accepted !== null ? true
    : h.state === 'declined' || h.state === 'unaccepted' ? false : h.dueAt !== null && now >= Date.parse(h.dueAt) ? false : null;
  return { id: h.id, fromTeamId: h.fromTeamId, toTeamId: h.toTeamId, state: h.state, minutesToAccept: accepted === null ? null : minutes(requested, accepted), olaMet };
}
