import type { EscalationConfig } from '../../contracts/config.js';
import { TeamSchema, type Team } from '../../contracts/team.js';
import { fromZodIssues, type FieldError, type Validated } from '../shared/fieldError.js';

/**
 * Parses and checks a team against the configuration and schedules: liaisons and managers are
 * members or not, but the schedule and calendar must exist, and a custom team says its kind.
 */
export function validateTeam(input: unknown, config: EscalationConfig, scheduleIds: ReadonlySet<string>): Validated<Team> {
  const parsed = TeamSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues) };
  const team = parsed.data;
  const errors: FieldError[] = [];
  if (team.kind === 'custom' && !team.customKind) errors.push({ field: 'customKind', message: 'a custom team says what kind it is' });
  if (team.scheduleId !== null && !scheduleIds.has(team.scheduleId)) errors.push({ field: 'scheduleId', message: `no on-call schedule "${team.scheduleId}"` });
  if (team.ola.calendarId !== null && !config.calendars.some((c) => c.id === team.ola.calendarId)) {
    errors.push({ field: 'ola.calendarId', message: `no business calendar "${team.ola.calendarId}"` });
  }
  team.liaisons.forEach((l, i) => {
    if (!team.members.includes(l)) errors.push({ field: `liaisons[${i}]`, message: `${l} must be a member of the team to be its liaison` });
  });
  const dup = team.members.findIndex((m, i) => team.members.indexOf(m) !== i);
  if (dup >= 0) errors.push({ field: `members[${dup}]`, message: `${team.members[dup]} is listed twice` });
  const known = new Set(config.services.map((s) => s.name));
  // Services named here drive dependency matching, so a typo would silently match nothing.
  for (const list of ['owns', 'dependsOn'] as const) {
    team.services[list].forEach((s, i) => {
      if (known.size && !known.has(s)) errors.push({ field: `services.${list}[${i}]`, message: `no service "${s}" in the configuration` });
    });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: team };
}
