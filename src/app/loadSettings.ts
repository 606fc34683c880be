import type { EscalationConfig } from '../contracts/config.js';
import { defaultConfig } from '../domain/config/defaultConfig.js';
import type { PolicyVersionRecord } from '../domain/policy/versionedPolicy.js';
import type { Store } from '../ports/store.js';

export interface Settings {
  config: EscalationConfig;
  policies: PolicyVersionRecord[];
}

/** Configuration and current policies, read once per invocation. */
export async function loadSettings(store: Store): Promise<Settings> {
  const [config, policies] = await Promise.all([store.getConfig(), store.listPolicies()]);
  return { config: config ?? defaultConfig, policies };
}
