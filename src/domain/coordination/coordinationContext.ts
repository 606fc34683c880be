import type { BusinessCalendar } from '../../contracts/config.js';
import type { Team } from '../../contracts/team.js';
import type { Schedule } from '../oncall/schedule.js';

/** What coordination reads besides the incident's record, gathered by the use case. */
export interface CoordinationContext {
  incidentKey: string;
  teams: ReadonlyMap<string, Team>;
  schedules: ReadonlyMap<string, Schedule>;
  calendars: ReadonlyMap<string, BusinessCalendar>;
  /** The shared bridge line every engaged team's page carries, when there is one. */
  bridge: string | null;
  /** Whether a JSM SLA on the incident is breached now (OLA outcomes record it). */
  customerSlaBreached: boolean;
  now: number;
}

export function teamCalendar(ctx: CoordinationContext, team: Team): BusinessCalendar | null {
  return team.ola.calendarId === null ? null : ctx.calendars.get(team.ola.calendarId) ?? null;
}
