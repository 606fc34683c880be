import { TabletopScenarioSchema, type TabletopScenario } from '../../../contracts/tabletop.js';
import { fromZodIssues, type FieldError, type Validated } from '../../shared/fieldError.js';

/** What a scenario may name: the policies, teams and services configured now. */
export interface ScenarioReferences {
  policyIds: ReadonlySet<string>;
  teamIds: ReadonlySet<string>;
  /** Empty when the configuration lists no services (then any name is accepted). */
  services: ReadonlySet<string>;
}

/**
 * Parses a tabletop scenario and checks it against the configuration: the policy and teams
 * exist, services are configured ones (a typo would match no protocol, and the exercise would
 * silently test nothing), each team and inject id appears once, and every inject falls within
 * the exercise's time limit.
 */
export function validateTabletopScenario(input: unknown, refs: ScenarioReferences): Validated<TabletopScenario> {
  const parsed = TabletopScenarioSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues) };
  const s = parsed.data;
  const errors: FieldError[] = [];
  if (!refs.policyIds.has(s.policyId)) errors.push({ field: 'policyId', message: `no policy "${s.policyId}"` });
  s.services.forEach((name, i) => {
    if (refs.services.size && !refs.services.has(name)) errors.push({ field: `services[${i}]`, message: `no service "${name}" in the configuration` });
  });
  s.teams.forEach((id, i) => {
    if (!refs.teamIds.has(id)) errors.push({ field: `teams[${i}]`, message: `no team "${id}"` });
    else if (s.teams.indexOf(id) !== i) errors.push({ field: `teams[${i}]`, message: `${id} is listed twice` });
  });
  s.injects.forEach((inj, i) => {
    if (s.injects.findIndex((o) => o.id === inj.id) !== i) errors.push({ field: `injects[${i}].id`, message: `"${inj.id}" is used by an earlier inject` });
    if (inj.atMinute >= s.timeLimitMinutes) errors.push({ field: `injects[${i}].atMinute`, message: `must be before the time limit (${s.timeLimitMinutes} minutes)` });
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: s };
}
