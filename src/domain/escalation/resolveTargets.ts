import type { Target } from '../../contracts/policy.js';
import { whoIsOnCall } from '../oncall/whoIsOnCall.js';
import { resolveTeam } from '../coordination/resolveTeam.js';
import type { EngineContext } from './engineContext.js';

export interface ResolvedTargets {
  /** Schedules and teams replaced by the people on call; users and groups as they were. */
  targets: Target[];
  /** Who each schedule resolved to and why, and what could not be delivered, for the trace and the event log. */
  notes: string[];
  /** Schedules with nobody on call at that moment, and teams that are missing or resolve to nobody. */
  gaps: string[];
}

/**
 * Resolves schedule targets to the person on call at `at`, and team targets to the team's
 * on-call (and liaisons when the target asks). The event log keeps the words, so a
 * later schedule edit never changes the record of who was paged.
 */
export function resolveTargets(targets: readonly Target[], ctx: EngineContext, at: number): ResolvedTargets {
  const out: ResolvedTargets = { targets: [], notes: [], gaps: [] };
  for (const t of targets) {
    if (t.type === 'team') {
      const team = ctx.teams?.get(t.teamId);
      // Validation refuses a missing team, but one may be deleted after the policy was saved.
      if (!team) {
        out.notes.push(`not delivered: team "${t.teamId}" does not exist`);
        out.gaps.push(t.teamId);
        continue;
      }
      const who = resolveTeam(team, ctx.schedules, at, t.withLiaison);
      out.notes.push(...who.notes);
      if (!who.accountIds.length) {
        out.notes.push(`not delivered: team ${team.name} resolves to nobody`);
        out.gaps.push(t.teamId);
      }
      for (const accountId of who.accountIds) {
        if (!out.targets.some((x) => x.type === 'user' && x.accountId === accountId)) out.targets.push({ type: 'user', accountId });
      }
      continue;
    }
    if (t.type !== 'schedule') {
      out.targets.push(t);
      continue;
    }
    const schedule = ctx.schedules.get(t.scheduleId);
    if (!schedule) {
      out.notes.push(`schedule "${t.scheduleId}" does not exist`);
      out.gaps.push(t.scheduleId);
      continue;
    }
    const answer = whoIsOnCall(schedule, new Date(at));
    if (!answer.onCall) {
      out.notes.push(`nobody is on call in ${schedule.name} at ${new Date(at).toISOString()}`);
      out.gaps.push(t.scheduleId);
      continue;
    }
    const why = answer.source.kind === 'override'
      ? `override ${answer.source.overrideId}${answer.source.replaces ? ` replacing user ${answer.source.replaces}` : ''}`
      : `layer "${answer.source.layerName}", shift ${answer.source.shiftIndex + 1}`;
    out.notes.push(`${schedule.name}: user ${answer.accountId} is on call (${why}, until ${answer.end.toISOString()})`);
    if (!out.targets.some((x) => x.type === 'user' && x.accountId === answer.accountId)) {
      out.targets.push({ type: 'user', accountId: answer.accountId });
    }
  }
  return out;
}
