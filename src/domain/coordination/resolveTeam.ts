import type { Team } from '../../contracts/team.js';
import type { Schedule } from '../oncall/schedule.js';
import { whoIsOnCall } from '../oncall/whoIsOnCall.js';

export interface ResolvedTeam {
  /** People to page, on-call first, without repeats. */
  accountIds: string[];
  /** Who and why, in the words the trace and the timeline keep. */
  notes: string[];
}

/**
 * Who a team is at `at`: the person on call in its schedule, plus its liaisons when asked.
 * A team without a schedule, or with nobody on call, falls back to its liaisons, so a team
 * always reaches someone who can speak for it.
 *
 * @example a network team whose schedule has Ben on call, liaison Omar, withLiaison → [ben, omar]
 */
export function resolveTeam(team: Team, schedules: ReadonlyMap<string, Schedule>, at: number, withLiaison: boolean): ResolvedTeam {
  const out: ResolvedTeam = { accountIds: [], notes: [] };
  const add = (id: string) => { if (!out.accountIds.includes(id)) out.accountIds.push(id); };
  let onCallFound = false;
  if (team.scheduleId === null) {
    out.notes.push(`team ${team.name} has no on-call schedule`);
  } else {
    const schedule = schedules.get(team.scheduleId);
    if (!schedule) out.notes.push(`team ${team.name}'s schedule "${team.scheduleId}" does not exist`);
    else {
      const answer = whoIsOnCall(schedule, new Date(at));
      if (answer.onCall) {
        onCallFound = true;
        add(answer.accountId);
        const why = answer.source.kind === 'override' ? `override ${answer.source.overrideId}` : `layer "${answer.source.layerName}", shift ${answer.source.shiftIndex + 1}`;
        out.notes.push(`team ${team.name}: user ${answer.accountId} is on call in ${schedule.name} (${why}, until ${answer.end.toISOString()})`);
      } else {
        out.notes.push(`team ${team.name}: nobody is on call in ${schedule.name} at ${new Date(at).toISOString()}`);
      }
    }
  }
  if (withLiaison || !onCallFound) {
    for (const l of team.liaisons) add(l);
    out.notes.push(`team ${team.name}: liaison ${team.liaisons.map((l) => `user ${l}`).join(', ')} (${withLiaison ? 'the level asks for the liaison' : 'nobody on call, so the liaison'})`);
  }
  return out;
}
