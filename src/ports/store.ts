import type { EscalationConfig } from '../contracts/config.js';
import type { EventLogEntry } from '../contracts/events.js';
import type { PolicyVersionRecord } from '../domain/policies/versionedPolicy.js';
import type { AccessLogEntry } from '../contracts/accessLog.js';
import type { RoleAuditRecord } from '../contracts/duties.js';
import type { RoleMapping } from '../domain/access/roleMapping.js';
import type { Schedule } from '../domain/oncall/schedule.js';

/**
 * What claiming an intent found. `held`: another run claimed it and its lease has not run out
 * (it is acting now, or died and its lease has yet to lapse). `reclaimed`: an earlier claim
 * ended without the intent completing (its run failed, or died and its lease ran out), so the
 * action may or may not have happened; this caller now holds the claim and should check before acting.
 */
export type IntentClaim = 'claimed' | 'reclaimed' | 'done' | 'held';

export type SaveResult = { saved: true } | { saved: false; currentVersion: number };

/** Where a sweep that ran out of time stopped, so the next run resumes there. */
export interface SweepCheckpoint {
  cutoffMs: number;
  pendingKeys: string[];
  startedAt: number;
}

/** The role mapping a policy admin saved, with its version number, who, when and why. */
export interface StoredRoleMapping {
  /** 1 for the first save; mappings saved before versions existed read as 1. */
  version: number;
  mapping: RoleMapping;
  updatedBy: string;
  updatedAt: string;
  reason: string;
}

/** A schedule as stored: validated on save, parsed on read. */
export interface StoredSchedule {
  schedule: Schedule;
  savedBy: string;
  savedAt: string;
  /** accountId → when they first appeared in one of the schedule's rotations (ISO). */
  memberSince: Record<string, string>;
}

/** A person confirming they know their escalation duties. */
export interface DutyConfirmation {
  accountId: string;
  confirmedAt: string;
}

/**
 * How long access-log entries are kept (KVS ttl). The governance work makes it configurable;
 * until then 400 days covers a yearly audit with a margin.
 */
export const ACCESS_LOG_RETENTION_DAYS = 400;

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
  /** As claimIntent, saying why not (done, or held) and whether an earlier claim lapsed. */
  claimIntentOutcome(key: string, leaseSeconds: number): Promise<IntentClaim>;
  completeIntent(key: string): Promise<void>;
  /**
   * Ends a failed attempt's claim without completing it. The claim is remembered with its lease
   * ended, so the next claimant gets 'reclaimed': the attempt may have acted (a write applied
   * whose answer was lost) and the receiver must be asked before acting again.
   */
  releaseIntent(key: string): Promise<void>;

  appendEvents(entries: EventLogEntry[]): Promise<void>;
  listEvents(incidentKey: string): Promise<EventLogEntry[]>;
  /** Each entry under its own key (two in one millisecond both stay), kept ACCESS_LOG_RETENTION_DAYS. */
  appendAccessLog(entry: AccessLogEntry): Promise<void>;
  /** Newest first, only entries within the retention. */
  listAccessLog(limit: number): Promise<AccessLogEntry[]>;
  /**
   * Counts one refusal of `accountId` in the window starting at `windowStartMs` and returns the
   * count so far. Read then written, so racing refusals may count once: it only guards the log.
   */
  countRefusal(accountId: string, windowStartMs: number, ttlSeconds: number): Promise<number>;

  getRoleMapping(): Promise<StoredRoleMapping | null>;
  /**
   * Saves `record` as version `record.version` only if no such version exists yet (then it is
   * the mapping in force); two admins saving from the same base: the first wins.
   */
  saveRoleMapping(record: StoredRoleMapping): Promise<SaveResult>;
  /** Every saved version, newest first. */
  listRoleMappingVersions(): Promise<StoredRoleMapping[]>;

  /**
   * The key that signs acknowledgement links, kept as a secret. Made on first use; when two
   * invocations race to make it, the first write wins and both use that one.
   */
  ackSigningSecret(): Promise<string>;
  /** True only for the first caller for `key` within `ttlSeconds` (single-use links). */
  useOnce(key: string, ttlSeconds: number): Promise<boolean>;
  /** Whether `key` was used (and has not expired), without using it. */
  wasUsed(key: string): Promise<boolean>;
  /** Undoes `useOnce` for work that did not happen, so a retry may use the key. */
  forgetUse(key: string): Promise<void>;

  listSchedules(): Promise<StoredSchedule[]>;
  getSchedule(id: string): Promise<StoredSchedule | null>;
  saveSchedule(record: StoredSchedule): Promise<void>;
  deleteSchedule(id: string): Promise<void>;

  getDutyConfirmation(accountId: string): Promise<DutyConfirmation | null>;
  saveDutyConfirmation(c: DutyConfirmation): Promise<void>;

  /** Role audits, newest first. */
  listRoleAudits(limit: number): Promise<RoleAuditRecord[]>;
  getRoleAudit(id: string): Promise<RoleAuditRecord | null>;
  saveRoleAudit(record: RoleAuditRecord): Promise<void>;

  /** Remembers that these people were paged at `at`, for workload-aware assignment. */
  recordPages(accountIds: readonly string[], at: number): Promise<void>;
  /** How many pages each person got since `since` (people never paged are absent). */
  pageCounts(accountIds: readonly string[], since: number): Promise<Map<string, number>>;

  getCheckpoint(): Promise<SweepCheckpoint | null>;
  saveCheckpoint(checkpoint: SweepCheckpoint | null): Promise<void>;
}
