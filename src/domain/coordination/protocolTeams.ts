import type { Protocol } from '../../contracts/protocol.js';
import type { Team } from '../../contracts/team.js';
import { serviceTeams } from './serviceDependencies.js';

export interface ProtocolTeam {
  team: Team;
  step: number;
  withLiaison: boolean;
}

/**
 * The teams a protocol engages for an incident on `service`: its own list, then (when asked)
 * the teams owning the service and its dependencies, each once. A team the protocol names that
 * no longer exists is skipped (validation refuses saving one).
 */
export function protocolTeams(p: Protocol, service: string | null, teams: ReadonlyMap<string, Team>): ProtocolTeam[] {
  const out: ProtocolTeam[] = [];
  for (const t of p.teams) {
    const team = teams.get(t.teamId);
    if (team && !out.some((o) => o.team.id === team.id)) out.push({ team, step: t.step, withLiaison: t.withLiaison });
  }
  if (p.engageServiceTeams && service !== null) {
    const last = Math.max(1, ...out.map((o) => o.step));
    for (const team of serviceTeams(service, [...teams.values()])) {
      if (!out.some((o) => o.team.id === team.id)) out.push({ team, step: p.ordered ? last : 1, withLiaison: true });
    }
  }
  return out;
}
