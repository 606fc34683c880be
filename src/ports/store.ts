import type { EscalationConfig } from '../contracts/config.js';
import type { EventLogEntry } from '../contracts/events.js';
import type { PolicyVersionRecord } from '../domain/policy/versionedPolicy.js';
import type { AccessLogEntry } from '../contracts/accessLog.js';

export type SaveResult = { saved: true } | { saved: false; currentVersion: number };

/** Where a sweep that ran out of time stopped, so the next run resumes there. */
export interface SweepCheckpoint {
  cutoffMs: number;
  pendingKeys: string[];
  startedAt: number;
}

/** App storage: policies and their versions, configuration, idempotency records, logs. */
export interface Store {
  getConfig(): Promise<EscalationConfig | null>;
  saveConfig(config: EscalationConfig): Promise<void>;

  /** Current version of every policy. */
  listPolicies(): Promise<PolicyVersionRecord[]>;
  getPolicy(id: string): Promise<PolicyVersionRecord | null>;
  getPolicyVersion(id: string, version: number): Promise<PolicyVersionRecord | null>;
  listPolicyVersions(id: string): Promise<PolicyVersionRecord[]>;
  /**
   * Saves `record` as version `record.version` only if no such version exists yet. Two admins
   * saving from the same base: the first wins, the second is told the current version.
   */
  savePolicyVersion(record: PolicyVersionRecord): Promise<SaveResult>;
  deletePolicy(id: string): Promise<void>;

  /** First caller for a key wins and must then complete or release it. */
  claimIntent(key: string, leaseSeconds: number): Promise<boolean>;
  completeIntent(key: string): Promise<void>;
  releaseIntent(key: string): Promise<void>;

  appendEvents(entries: EventLogEntry[]): Promise<void>;
  listEvents(incidentKey: string): Promise<EventLogEntry[]>;
  appendAccessLog(entry: AccessLogEntry): Promise<void>;
  listAccessLog(limit: number): Promise<AccessLogEntry[]>;

  getCheckpoint(): Promise<SweepCheckpoint | null>;
  saveCheckpoint(checkpoint: SweepCheckpoint | null): Promise<void>;
}
