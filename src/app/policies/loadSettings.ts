import type { EscalationConfig } from '../../contracts/config.js';
import type { Team } from '../../contracts/team.js';
import { defaultConfig } from '../../domain/policies/defaultConfig.js';
import type { EngineContext } from '../../domain/escalation/engineContext.js';
import type { Schedule } from '../../domain/oncall/schedule.js';
import type { PolicyVersionRecord } from '../../domain/policies/versionedPolicy.js';
import type { CoordinationStore } from '../../ports/coordinationStore.js';
import type { Store } from '../../ports/store.js';

export interface Settings {
  config: EscalationConfig;
  policies: PolicyVersionRecord[];
  /** On-call schedules by id, so levels that page a schedule reach whoever is on call. */
  schedules: ReadonlyMap<string, Schedule>;
  /** Teams by id, so levels that page a team reach its on-call and liaisons. */
  teams: ReadonlyMap<string, Team>;
}

/**
 * Configuration, current policies, schedules and teams, read once per invocation. Without the
 * coordination store there are no teams (a team target then pages nobody, and its backup).
 */
export async function loadSettings(store: Store, coordination?: CoordinationStore): Promise<Settings> {
  const [config, policies, schedules, teams] = await Promise.all([
    store.getConfig(), store.listPolicies(), store.listSchedules(), coordination ? coordination.listTeams() : Promise.resolve({ teams: [], quarantined: [] }),
  ]);
  for (const q of teams.quarantined) console.warn(`team record ${q.key} does not parse and is ignored: ${q.error}`);
  return {
    config: config ?? defaultConfig, policies,
    schedules: new Map(schedules.map((s) => [s.schedule.id, s.schedule])),
    teams: new Map(teams.teams.map((t) => [t.team.id, t.team])),
  };
}

/** What the engine reads besides the policy and configuration. */
export function engineContext(settings: Settings): EngineContext {
  return { schedules: settings.schedules, teams: settings.teams };
}
