import type { EscalationConfig } from '../../contracts/config.js';
import { defaultConfig } from '../../domain/policies/defaultConfig.js';
import type { EngineContext } from '../../domain/escalation/engineContext.js';
import type { Schedule } from '../../domain/oncall/schedule.js';
import type { PolicyVersionRecord } from '../../domain/policies/versionedPolicy.js';
import type { Store } from '../../ports/store.js';

export interface Settings {
  config: EscalationConfig;
  policies: PolicyVersionRecord[];
  /** On-call schedules by id, so levels that page a schedule reach whoever is on call. */
  schedules: ReadonlyMap<string, Schedule>;
}

/** Configuration, current policies and schedules, read once per invocation. */
export async function loadSettings(store: Store): Promise<Settings> {
  const [config, policies, schedules] = await Promise.all([store.getConfig(), store.listPolicies(), store.listSchedules()]);
  return { config: config ?? defaultConfig, policies, schedules: new Map(schedules.map((s) => [s.schedule.id, s.schedule])) };
}

/** What the engine reads besides the policy and configuration. */
export function engineContext(settings: Settings): EngineContext {
  return { schedules: settings.schedules };
}
