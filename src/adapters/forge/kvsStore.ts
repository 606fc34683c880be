import { kvs, WhereConditions } from '@forge/kvs';
import { kvsQueryAll } from './kvsQueryAll.js';
import { AccessLogEntrySchema, type AccessLogEntry } from '../../contracts/accessLog.js';
import { EscalationConfigSchema, type EscalationConfig } from '../../contracts/config.js';
import { EventLogEntrySchema, type EventLogEntry } from '../../contracts/events.js';
import type { PolicyVersionRecord } from '../../domain/policies/versionedPolicy.js';
import { ACCESS_LOG_RETENTION_DAYS, type IntentClaim, type SaveResult, type Store, type SweepCheckpoint } from '../../ports/store.js';
import { randomUUID } from 'node:crypto';
import { eventId } from '../shared/eventId.js';
import * as access from './kvsAccessRecords.js';
import * as schedules from './kvsSchedules.js';
import { kvsSafe, parsePolicyRecord, parseStored } from './storedRecords.js';
import { z } from 'zod';
import { forgeClock } from './forgeClock.js';

const head = (id: string) => `policy:${id}`;
const versionKey = (id: string, v: number) => `policyv:${id}:${String(v).padStart(7, '0')}`;
/** Newest first: access keys sort by time remaining until year 2286. */
const accessKey = (at: string, n: string) => `access:${String(9_999_999_999_999 - Date.parse(at)).padStart(13, '0')}:${n}`;
const RefusalCountSchema = z.object({ count: z.number().int().min(0) });
const PageTimesSchema = z.object({ times: z.array(z.number()) });
const DAY_MS = 86_400_000;
const IntentRecordSchema = z.object({ done: z.boolean(), leaseUntil: z.number().optional(), firstClaimedAt: z.number().optional() });
/** How long an unfinished claim is remembered after its lease, to recognise a run that died. */
const CLAIM_MEMORY_DAYS = 7;
const CheckpointSchema = z.object({ cutoffMs: z.number(), pendingKeys: z.array(z.string()), startedAt: z.number() });

/** The Store on Forge's key-value storage. */
export class KvsStore implements Store {
  async getConfig(): Promise<EscalationConfig | null> {
    const v = await kvs.get('config');
    return v === undefined ? null : parseStored(EscalationConfigSchema, 'config', v);
  }
  async saveConfig(config: EscalationConfig): Promise<void> {
    await kvs.set('config', config);
  }

  async listPolicies(): Promise<PolicyVersionRecord[]> {
    return (await kvsQueryAll('policy:')).map(([k, v]) => parsePolicyRecord(k, v));
  }
  async getPolicy(id: string) {
    const v = await kvs.get(head(id));
    return v === undefined ? null : parsePolicyRecord(head(id), v);
  }
  async getPolicyVersion(id: string, version: number) {
    const v = await kvs.get(versionKey(id, version));
    return v === undefined ? null : parsePolicyRecord(versionKey(id, version), v);
  }
  async listPolicyVersions(id: string) {
    return (await kvsQueryAll(`policyv:${id}:`)).map(([k, v]) => parsePolicyRecord(k, v));
  }

  /**
   * The version record is written first-writer-wins, then the head is moved. If an earlier
   * save died between the two, the head lags its newest version: we roll it forward and
   * report a conflict, so nobody builds on a stale base.
   */
  async savePolicyVersion(record: PolicyVersionRecord): Promise<SaveResult> {
    const id = record.policy.id;
    try {
      await kvs.set(versionKey(id, record.version), record, { keyPolicy: 'FAIL_IF_EXISTS' });
    } catch (e) {
      const existing = await this.getPolicyVersion(id, record.version);
      if (!existing) throw e;
      await kvs.set(head(id), existing);
      return { saved: false, currentVersion: existing.version };
    }
    await kvs.set(head(id), record);
    return { saved: true };
  }
  async deletePolicy(id: string): Promise<void> {
    // The head goes; versions stay as the audit trail of what was in force.
    await kvs.delete(head(id));
  }

  async claimIntent(key: string, leaseSeconds: number): Promise<boolean> {
    const o = await this.claimIntentOutcome(key, leaseSeconds);
    return o === 'claimed' || o === 'reclaimed';
  }
  /**
   * The claim record carries its lease end and outlives it (CLAIM_MEMORY_DAYS), so a later run
   * can tell "being done now" from "a run died mid-action". Taking over a lapsed claim is itself
   * first-writer-wins (a take-over key per lapsed lease), so two retries cannot both act.
   */
  async claimIntentOutcome(key: string, leaseSeconds: number): Promise<IntentClaim> {
    const k = `intent:${kvsSafe(key)}`;
    const now = forgeClock.now();
    const claim = { done: false, leaseUntil: now + leaseSeconds * 1000, firstClaimedAt: now };
    try {
      await kvs.set(k, claim, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: CLAIM_MEMORY_DAYS, unit: 'DAYS' } });
      return 'claimed';
    } catch (e) {
      const existing = IntentRecordSchema.safeParse(await kvs.get(k));
      if (!existing.success) {
        // Gone meanwhile (released) or unreadable: the write's own failure is the answer.
        throw e;
      }
      if (existing.data.done) return 'done';
      // Records from before leases were stored expire by their ttl: treat them as held.
      const until = existing.data.leaseUntil;
      if (until === undefined || until > now) return 'held';
      try {
        // Lasts one lease: if the winner dies before rewriting the claim, a later run may take over.
        await kvs.set(`intentr:${kvsSafe(key)}:${until}`, { at: now }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: leaseSeconds, unit: 'SECONDS' } });
      } catch {
        return 'held';
      }
      await kvs.set(k, { ...claim, firstClaimedAt: existing.data.firstClaimedAt ?? now }, { ttl: { value: CLAIM_MEMORY_DAYS, unit: 'DAYS' } });
      return 'reclaimed';
    }
  }
  async completeIntent(key: string) {
    // Done records outlive any retry or duplicate trigger run by far, then expire.
    await kvs.set(`intent:${kvsSafe(key)}`, { done: true }, { ttl: { value: 90, unit: 'DAYS' } });
  }
  /**
   * A failed attempt is remembered, not forgotten: its lease ends now, so the next claimant gets
   * 'reclaimed' and checks the receiver first. Jira may have applied a write whose answer was
   * lost (a time-out), and forgetting the claim would make the retry act a second time.
   */
  async releaseIntent(key: string) {
    const k = `intent:${kvsSafe(key)}`;
    const existing = IntentRecordSchema.safeParse(await kvs.get(k));
    if (existing.success && existing.data.done) return;
    const now = forgeClock.now();
    const firstClaimedAt = existing.success ? existing.data.firstClaimedAt ?? now : now;
    await kvs.set(k, { done: false, leaseUntil: now, firstClaimedAt }, { ttl: { value: CLAIM_MEMORY_DAYS, unit: 'DAYS' } });
  }

  async appendEvents(entries: EventLogEntry[]): Promise<void> {
    for (let i = 0; i < entries.length; i += 25) {
      const batch = entries.slice(i, i + 25).map((e) => ({ key: `event:${e.incidentKey}:${kvsSafe(eventId(e))}`, value: e }));
      const r = await kvs.batchSet(batch);
      if (r.failedKeys.length) throw new Error(`could not store ${r.failedKeys.length} event(s): ${r.failedKeys[0]?.error.message ?? ''}`);
    }
  }
  async listEvents(incidentKey: string) {
    return (await kvsQueryAll(`event:${incidentKey}:`)).map(([k, v]) => parseStored(EventLogEntrySchema, k, v));
  }
  /** A random suffix keeps two entries of one millisecond apart; the ttl is the retention. */
  async appendAccessLog(entry: AccessLogEntry) {
    const key = accessKey(entry.at, `${kvsSafe(entry.accountId)}:${kvsSafe(entry.action)}:${randomUUID().slice(0, 8)}`);
    await kvs.set(key, entry, { ttl: { value: ACCESS_LOG_RETENTION_DAYS, unit: 'DAYS' } });
  }
  async countRefusal(accountId: string, windowStartMs: number, ttlSeconds: number) {
    const key = `refusals:${kvsSafe(accountId)}:${windowStartMs}`;
    const n = (RefusalCountSchema.safeParse(await kvs.get(key)).data?.count ?? 0) + 1;
    await kvs.set(key, { count: n }, { ttl: { value: ttlSeconds, unit: 'SECONDS' } });
    return n;
  }
  async listAccessLog(limit: number) {
    const r = await kvs.query().where('key', WhereConditions.beginsWith('access:')).limit(Math.min(100, limit)).getMany();
    return r.results.map((x) => parseStored(AccessLogEntrySchema, x.key, x.value));
  }

  getRoleMapping = access.getRoleMapping;
  saveRoleMapping = access.saveRoleMapping;
  listRoleMappingVersions = access.listRoleMappingVersions;
  ackSigningSecret = access.ackSigningSecret;
  useOnce = access.useOnce;
  wasUsed = access.wasUsed;
  forgetUse = access.forgetUse;
  listSchedules = schedules.listSchedules;
  getSchedule = schedules.getSchedule;
  saveSchedule = schedules.saveSchedule;
  deleteSchedule = schedules.deleteSchedule;
  getDutyConfirmation = access.getDutyConfirmation;
  saveDutyConfirmation = access.saveDutyConfirmation;
  listRoleAudits = access.listRoleAudits;
  getRoleAudit = access.getRoleAudit;
  saveRoleAudit = access.saveRoleAudit;

  /**
   * Page times per person, pruned to a day. Two pages of one person at the same instant in two
   * invocations may count once: this only weighs workload, so we accept that over a transaction.
   */
  async recordPages(accountIds: readonly string[], at: number): Promise<void> {
    for (const a of accountIds) {
      const key = `pages:${kvsSafe(a)}`;
      const prev = parseStored(PageTimesSchema, key, (await kvs.get(key)) ?? { times: [] });
      const times = [...prev.times.filter((t) => t >= at - DAY_MS), at].slice(-500);
      await kvs.set(key, { times }, { ttl: { value: 2, unit: 'DAYS' } });
    }
  }
  async pageCounts(accountIds: readonly string[], since: number): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (let i = 0; i < accountIds.length; i += 25) {
      const chunk = accountIds.slice(i, i + 25);
      const r = await kvs.batchGet(chunk.map((a) => ({ key: `pages:${kvsSafe(a)}` })));
      for (const item of r.successfulKeys) {
        const times = parseStored(PageTimesSchema, item.key, item.value).times;
        const n = times.filter((t) => t >= since).length;
        const who = chunk.find((a) => `pages:${kvsSafe(a)}` === item.key);
        if (who && n) out.set(who, n);
      }
    }
    return out;
  }

  async getCheckpoint(): Promise<SweepCheckpoint | null> {
    const v = await kvs.get('sweep-checkpoint');
    return v === undefined ? null : parseStored(CheckpointSchema, 'sweep-checkpoint', v);
  }
  async saveCheckpoint(c: SweepCheckpoint | null) {
    if (c === null) await kvs.delete('sweep-checkpoint');
    else await kvs.set('sweep-checkpoint', c);
  }
}
