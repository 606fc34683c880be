import type { CoordinationRecord, Engagement } from '../../contracts/coordination.js';
import { iso, type CoordinationStep } from './coordinationEffect.js';
import type { CoordinationContext } from './coordinationContext.js';
import { HandoffRefused } from './handoffs.js';

/** A team member acknowledges for the team: the OLA clock stops, met or (already) missed. */
export function acknowledgeEngagement(record: CoordinationRecord, teamId: string, actor: string, ctx: CoordinationContext): CoordinationStep<CoordinationRecord> {
  const e = find(record, teamId);
  if (e.state !== 'engaged') throw new HandoffRefused('teamId', `team ${e.teamName} is already ${e.state}`);
  const now = iso(ctx.now);
  const met = e.breachedAt === null && (e.olaDueAt === null || Date.parse(e.olaDueAt) >= ctx.now);
  const updated: Engagement = { ...e, state: 'acknowledged', acknowledgedAt: now, acknowledgedBy: actor };
  return {
    record: { ...record, engagements: record.engagements.map((x) => (x.teamId === teamId ? updated : x)) },
    effects: [{
      key: `${ctx.incidentKey}/coord/ack/${teamId}`, type: 'teamAcknowledged', actor,
      detail: `Team ${e.teamName} acknowledged by ${actor}${met ? ' within its OLA' : ` after its OLA (due ${e.olaDueAt})`}.`,
      // A breached clock already recorded its outcome when it ran out.
      ...(e.breachedAt === null && e.olaDueAt !== null ? { outcome: { teamId, incidentKey: ctx.incidentKey, kind: 'engagement' as const, startedAt: e.engagedAt, dueAt: e.olaDueAt, stoppedAt: now, met, customerSlaBreached: ctx.customerSlaBreached } } : {}),
    }],
  };
}

/** The team is no longer needed on the incident. */
export function releaseEngagement(record: CoordinationRecord, teamId: string, actor: string, reason: string, ctx: CoordinationContext): CoordinationStep<CoordinationRecord> {
  const e = find(record, teamId);
  if (e.state === 'released') throw new HandoffRefused('teamId', `team ${e.teamName} is already released`);
  const updated: Engagement = { ...e, state: 'released', releasedAt: iso(ctx.now) };
  return {
    record: { ...record, engagements: record.engagements.map((x) => (x.teamId === teamId ? updated : x)) },
    effects: [{ key: `${ctx.incidentKey}/coord/release/${teamId}`, type: 'teamReleased', actor, detail: `Released team ${e.teamName} (${actor}): ${reason}.` }],
  };
}

function find(record: CoordinationRecord, teamId: string): Engagement {
  const e = record.engagements.find((x) => x.teamId === teamId);
  if (!e) throw new HandoffRefused('teamId', `team "${teamId}" is not engaged on this incident`);
  return e;
}
