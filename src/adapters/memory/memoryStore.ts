import type { AccessLogEntry } from '../../contracts/accessLog.js';
import type { EscalationConfig } from '../../contracts/config.js';
import type { EventLogEntry } from '../../contracts/events.js';
import type { PolicyVersionRecord } from '../../domain/policies/versionedPolicy.js';
import type { RoleAuditRecord } from '../../contracts/duties.js';
import type { DutyConfirmation, IntentClaim, SaveResult, Store, StoredRoleMapping, StoredSchedule, SweepCheckpoint } from '../../ports/store.js';
import { ACCESS_LOG_RETENTION_DAYS } from '../../ports/store.js';
import { eventId } from '../shared/eventId.js';

/** In-memory twin of the KVS store, with the same semantics, for tests and benchmarks. */
export class MemoryStore implements Store {
  private config: EscalationConfig | null = null;
  private readonly versions = new Map<string, PolicyVersionRecord[]>();
  private readonly intents = new Map<string, { done: boolean; expiresAt: number | null }>();
  /** Events by incident and id, and the access log: read and purged by the in-memory retention store. */
  readonly events = new Map<string, Map<string, EventLogEntry>>();
  readonly access: AccessLogEntry[] = [];
  private checkpoint: SweepCheckpoint | null = null;
  private roleMapping: StoredRoleMapping | null = null;
  private secret: string | null = null;
  private readonly used = new Map<string, number>();
  private readonly schedules = new Map<string, StoredSchedule>();
  private readonly confirmations = new Map<string, DutyConfirmation>();
  private readonly audits = new Map<string, RoleAuditRecord>();
  /** The secret a new installation would generate; fixed so tests can sign links themselves. */
  generateSecret: () => string = () => 'memory-ack-link-secret';
  /** Storage operations so far, for benchmarks. */
  ops = 0;

  constructor(private readonly now: () => number = () => Date.now()) {}

  async getConfig() { this.ops++; return this.config; }
  async saveConfig(c: EscalationConfig) { this.ops++; this.config = c; }

  async listPolicies() {
    this.ops++;
    return [...this.versions.values()].map((v) => v.at(-1)!).sort((a, b) => a.policy.id.localeCompare(b.policy.id));
  }
  async getPolicy(id: string) { this.ops++; return this.versions.get(id)?.at(-1) ?? null; }
  async getPolicyVersion(id: string, version: number) { this.ops++; return this.versions.get(id)?.find((v) => v.version === version) ?? null; }
  async listPolicyVersions(id: string) { this.ops++; return [...(this.versions.get(id) ?? [])]; }
  async savePolicyVersion(record: PolicyVersionRecord): Promise<SaveResult> {
    this.ops++;
    const list = this.versions.get(record.policy.id) ?? [];
    const current = list.at(-1)?.version ?? 0;
    if (record.version !== current + 1) return { saved: false, currentVersion: current };
    this.versions.set(record.policy.id, [...list, record]);
    return { saved: true };
  }
  async deletePolicy(id: string) { this.ops++; this.versions.delete(id); }

  async claimIntent(key: string, leaseSeconds: number) {
    const o = await this.claimIntentOutcome(key, leaseSeconds);
    return o === 'claimed' || o === 'reclaimed';
  }
  async claimIntentOutcome(key: string, leaseSeconds: number): Promise<IntentClaim> {
    this.ops++;
    const existing = this.intents.get(key);
    if (existing?.done) return 'done';
    if (existing && existing.expiresAt !== null && existing.expiresAt > this.now()) return 'held';
    this.intents.set(key, { done: false, expiresAt: this.now() + leaseSeconds * 1000 });
    return existing ? 'reclaimed' : 'claimed';
  }
  async completeIntent(key: string) { this.ops++; this.intents.set(key, { done: true, expiresAt: null }); }
  /** As the KVS store: the failed attempt's claim is kept with its lease ended, so the next claim is 'reclaimed'. */
  async releaseIntent(key: string) {
    this.ops++;
    if (this.intents.get(key)?.done) return;
    this.intents.set(key, { done: false, expiresAt: this.now() });
  }
  /** Keys of intents carried out, for assertions. */
  doneIntents(): string[] { return [...this.intents].filter(([, v]) => v.done).map(([k]) => k); }

  async appendEvents(entries: EventLogEntry[]) {
    this.ops++;
    for (const e of entries) {
      const m = this.events.get(e.incidentKey) ?? new Map<string, EventLogEntry>();
      m.set(eventId(e), e);
      this.events.set(e.incidentKey, m);
    }
  }
  async listEvents(incidentKey: string) {
    this.ops++;
    return [...(this.events.get(incidentKey)?.entries() ?? [])].sort(([a], [b]) => a.localeCompare(b)).map(([, e]) => e);
  }
  async appendAccessLog(entry: AccessLogEntry) { this.ops++; this.access.push(entry); }
  async listAccessLog(limit: number) {
    this.ops++;
    const since = this.now() - ACCESS_LOG_RETENTION_DAYS * 86_400_000;
    return this.access.filter((e) => Date.parse(e.at) > since).slice(-limit).reverse();
  }
  private readonly refusals = new Map<string, number>();
  async countRefusal(accountId: string, windowStartMs: number) {
    this.ops++;
    const k = `${accountId}@${windowStartMs}`;
    const n = (this.refusals.get(k) ?? 0) + 1;
    this.refusals.set(k, n);
    return n;
  }

  async getRoleMapping() { this.ops++; return this.roleMapping; }
  private readonly roleMappingVersions: StoredRoleMapping[] = [];
  async saveRoleMapping(r: StoredRoleMapping): Promise<SaveResult> {
    this.ops++;
    const taken = this.roleMappingVersions.find((v) => v.version === r.version);
    if (taken) return { saved: false, currentVersion: Math.max(...this.roleMappingVersions.map((v) => v.version)) };
    this.roleMappingVersions.push(r);
    this.roleMapping = r;
    return { saved: true };
  }
  async listRoleMappingVersions() { this.ops++; return [...this.roleMappingVersions].sort((a, b) => b.version - a.version); }

  async ackSigningSecret() { this.ops++; this.secret ??= this.generateSecret(); return this.secret; }
  async useOnce(key: string, ttlSeconds: number) {
    this.ops++;
    const until = this.used.get(key);
    if (until !== undefined && until > this.now()) return false;
    this.used.set(key, this.now() + ttlSeconds * 1000);
    return true;
  }
  async forgetUse(key: string) { this.ops++; this.used.delete(key); }
  async wasUsed(key: string) {
    this.ops++;
    const until = this.used.get(key);
    return until !== undefined && until > this.now();
  }

  async listSchedules() { this.ops++; return [...this.schedules.values()].sort((a, b) => a.schedule.id.localeCompare(b.schedule.id)); }
  async getSchedule(id: string) { this.ops++; return this.schedules.get(id) ?? null; }
  async saveSchedule(r: StoredSchedule) { this.ops++; this.schedules.set(r.schedule.id, r); }
  async deleteSchedule(id: string) { this.ops++; this.schedules.delete(id); }

  async getDutyConfirmation(accountId: string) { this.ops++; return this.confirmations.get(accountId) ?? null; }
  async saveDutyConfirmation(c: DutyConfirmation) { this.ops++; this.confirmations.set(c.accountId, c); }

  async listRoleAudits(limit: number) {
    this.ops++;
    return [...this.audits.values()].sort((a, b) => b.ranAt.localeCompare(a.ranAt) || b.id.localeCompare(a.id)).slice(0, limit);
  }
  async getRoleAudit(id: string) { this.ops++; return this.audits.get(id) ?? null; }
  async saveRoleAudit(r: RoleAuditRecord) { this.ops++; this.audits.set(r.id, r); }

  private readonly pages = new Map<string, number[]>();
  async recordPages(accountIds: readonly string[], at: number) {
    this.ops++;
    for (const a of accountIds) this.pages.set(a, [...(this.pages.get(a) ?? []), at]);
  }
  async pageCounts(accountIds: readonly string[], since: number) {
    this.ops++;
    const out = new Map<string, number>();
    for (const a of accountIds) {
      const n = (this.pages.get(a) ?? []).filter((t) => t >= since).length;
      if (n) out.set(a, n);
    }
    return out;
  }

  async getCheckpoint() { this.ops++; return this.checkpoint; }
  async saveCheckpoint(c: SweepCheckpoint | null) { this.ops++; this.checkpoint = c; }
}
