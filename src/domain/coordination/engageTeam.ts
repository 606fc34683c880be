import type { CoordinationRecord, Engagement } from '../../contracts/coordination.js';
import type { Team } from '../../contracts/team.js';
import { iso, type CoordinationStep } from './coordinationEffect.js';
import { teamCalendar, type CoordinationContext } from './coordinationContext.js';
import { olaDueAt } from './olaDueAt.js';
import { resolveTeam } from './resolveTeam.js';

export interface EngageOptions {
  protocolId: string | null;
  step: number;
  withLiaison: boolean;
  /** `protocol payments-joint (service Payments)` or the account that engaged by hand. */
  by: string;
  actor?: string;
}

/**
 * Engages a team once: pages its on-call (and liaison) with the shared bridge and starts its
 * acknowledgement OLA clock. A team already engaged (in any state) is left alone, so a retry,
 * a second matching protocol or a second click never pages it again.
 */
export function engageTeam(record: CoordinationRecord, team: Team, opts: EngageOptions, ctx: CoordinationContext): CoordinationStep<CoordinationRecord> {
  if (record.engagements.some((e) => e.teamId === team.id)) return { record, effects: [] };
  const now = ctx.now;
  const who = resolveTeam(team, ctx.schedules, now, opts.withLiaison);
  const due = olaDueAt(now, team.ola.engagementAckMinutes, teamCalendar(ctx, team));
  const why = `${who.notes.join('; ')}; engaged by ${opts.by}`;
  const engagement: Engagement = {
    teamId: team.id, teamName: team.name, protocolId: opts.protocolId, step: opts.step, state: 'engaged',
    engagedAt: iso(now), engagedBy: opts.by, paged: who.accountIds, liaisons: [...team.liaisons], why,
    olaDueAt: due === null ? null : iso(due), acknowledgedAt: null, acknowledgedBy: null, breachedAt: null, releasedAt: null,
  };
  const dueText = due === null ? 'no working time left in its calendar' : `acknowledge by ${iso(due)}`;
  const body = [
    `Your team ${team.name} is engaged on ${ctx.incidentKey} (${opts.by}). ${dueText} (OLA ${team.ola.engagementAckMinutes} min).`,
    `Liaison: ${team.liaisons.join(', ')}.`,
    ctx.bridge ? `Shared bridge: ${ctx.bridge}` : 'No bridge line is configured for this incident.',
    'Acknowledge for your team in the issue\'s Escalation panel.',
  ].join('\n');
  return {
    record: { ...record, engagements: [...record.engagements, engagement] },
    effects: [{
      key: `${ctx.incidentKey}/coord/engage/${team.id}`,
      type: 'teamEngaged',
      detail: `Engaged team ${team.name}: paged ${who.accountIds.join(', ') || 'nobody'} [${why}]; ${dueText}.`,
      ...(opts.actor ? { actor: opts.actor } : {}),
      ...(who.accountIds.length ? { page: { accountIds: who.accountIds, subject: `[${ctx.incidentKey}] Team ${team.name} engaged — please acknowledge`, body } } : {}),
    }],
  };
}
