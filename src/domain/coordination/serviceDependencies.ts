import type { Team } from '../../contracts/team.js';

/**
 * The services `service` depends on, directly or through others, read from the teams: a
 * service a team owns depends on the services that team depends on.
 *
 * @example application owns Payments and depends on Core network → dependenciesOf('Payments') = {Core network}
 */
export function dependenciesOf(service: string, teams: readonly Team[]): Set<string> {
  const direct = new Map<string, Set<string>>();
  for (const t of teams) {
    for (const owned of t.services.owns) {
      const set = direct.get(owned) ?? new Set<string>();
      for (const d of t.services.dependsOn) if (d !== owned) set.add(d);
      direct.set(owned, set);
    }
  }
  const seen = new Set<string>();
  const queue = [...(direct.get(service) ?? [])];
  while (queue.length) {
    const s = queue.shift()!;
    if (s === service || seen.has(s)) continue;
    seen.add(s);
    queue.push(...(direct.get(s) ?? []));
  }
  return seen;
}

/** Teams that own `service` or one of its dependencies, in the order given. */
export function serviceTeams(service: string, teams: readonly Team[]): Team[] {
  const wanted = new Set([service, ...dependenciesOf(service, teams)]);
  return teams.filter((t) => t.services.owns.some((s) => wanted.has(s)));
}
