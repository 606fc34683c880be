import type { DrillRecord, DrillScore, HopRow } from '../../../contracts/drills.js';
import type { EventLogEntry } from '../../../contracts/events.js';
import type { Policy } from '../../../contracts/policy.js';
import type { Schedule } from '../../oncall/schedule.js';
import { whoIsOnCall } from '../../oncall/whoIsOnCall.js';

const MIN = 60_000;
const minutes = (fromMs: number, toMs: number): number => Math.round(((toMs - fromMs) / MIN) * 10) / 10;

export interface ScoreInput {
  drill: Pick<DrillRecord, 'pages' | 'startedAt' | 'endedAt'>;
  /** The drill incident's event log (acknowledgements). */
  events: readonly EventLogEntry[];
  /** The policy version the drill ran. */
  policy: Policy;
  schedules: ReadonlyMap<string, Schedule>;
}

/**
 * Scores a drill hop by hop against the policy it ran: each page's acknowledgement time against
 * the level's acknowledgement timeout, whether the person paged was the one the schedule had
 * on call at that instant, and the handoff between tiers (previous level's timeout → this
 * level's acknowledgement). Rows fill in as the drill runs: a page not yet acknowledged has no
 * verdict until its timeout passes.
 *
 * @example scoreDrill({drill, events, policy, schedules}).hops[0].withinThreshold // => true
 */
export function scoreDrill({ drill, events, policy, schedules }: ScoreInput, now: number): DrillScore {
  const acks = events.filter((e) => e.type === 'acknowledged').sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const sent = drill.pages.filter((p) => p.outcome !== 'skipped');
  const hops: HopRow[] = drill.pages.map((p, i) => {
    const level = policy.paths[p.path].levels[p.level - 1];
    const threshold = level?.ackTimeoutMinutes ?? 15;
    const pagedMs = Date.parse(p.at);
    const nextSent = sent.find((q) => Date.parse(q.at) > pagedMs);
    // The acknowledgement names the level it stopped; the page it answers is that level's latest before it.
    const sameLevelNext = sent.find((q) => q.path === p.path && q.level === p.level && Date.parse(q.at) > pagedMs);
    const ack = p.outcome === 'skipped' ? undefined
      : acks.find((a) => Date.parse(a.at) >= pagedMs && (a.level === null ? !nextSent || Date.parse(a.at) < Date.parse(nextSent.at)
        : a.path === p.path && a.level === p.level && (!sameLevelNext || Date.parse(a.at) < Date.parse(sameLevelNext.at))));
    // The level's first page starts its clock; follow-ups and backups are still that level's answer.
    const firstOfLevel = drill.pages.find((q) => q.path === p.path && q.level === p.level && q.outcome !== 'skipped') ?? p;
    const ackMinutes = ack ? minutes(Date.parse(firstOfLevel.at), Date.parse(ack.at)) : null;
    const timedOut = now >= Date.parse(p.ackDueAt) || nextSent !== undefined;
    const withinThreshold = p.outcome === 'skipped' ? null : ackMinutes !== null ? ackMinutes <= threshold : timedOut ? false : null;
    const scheduleIds = (level?.targets ?? []).flatMap((t) => (t.type === 'schedule' ? [t.scheduleId] : []));
    let scheduledOnCall: string[] | null = null;
    if (scheduleIds.length && !p.backup) {
      scheduledOnCall = scheduleIds.flatMap((id) => {
        const s = schedules.get(id);
        const a = s ? whoIsOnCall(s, new Date(pagedMs)) : null;
        return a?.onCall ? [a.accountId] : [];
      });
    }
    const routedCorrectly = scheduledOnCall === null || p.outcome === 'skipped' ? null
      : scheduledOnCall.length > 0 && scheduledOnCall.every((a) => p.accountIds.includes(a));
    const prev = p.level > 1 && p.loop === 0 && !p.backup
      ? drill.pages.slice(0, i).reverse().find((q) => q.path === p.path && q.level === p.level - 1) : undefined;
    const handoffMinutes = prev && ack ? minutes(Date.parse(prev.ackDueAt), Date.parse(ack.at)) : null;
    return {
      path: p.path, level: p.level, loop: p.loop, backup: p.backup, pagedAt: p.at, paged: [...p.accountIds, ...p.groups.map((g) => `group ${g}`)],
      outcome: p.outcome, note: p.note, scheduledOnCall, routedCorrectly,
      ackedAt: ack?.at ?? null, ackedBy: ack?.actor ?? null, ackMinutes, thresholdMinutes: threshold, withinThreshold, handoffMinutes,
    };
  });
  const startMs = Date.parse(drill.startedAt);
  const firstAck = acks[0];
  const routed = hops.filter((h) => h.routedCorrectly !== null);
  return {
    hops,
    mttaMinutes: firstAck ? minutes(startMs, Date.parse(firstAck.at)) : null,
    mttrMinutes: drill.endedAt ? minutes(startMs, Date.parse(drill.endedAt)) : null,
    routingAccuracy: routed.length ? routed.filter((h) => h.routedCorrectly).length / routed.length : null,
    missedThresholds: hops.filter((h) => h.withinThreshold === false).length,
  };
}
