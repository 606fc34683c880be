import { kvs, WhereConditions } from '@forge/kvs';
import { AccessLogEntrySchema } from '../../contracts/accessLog.js';
import { EventLogEntrySchema } from '../../contracts/events.js';
import { AdherenceAuditSchema } from '../../contracts/governance.js';
import { DrillRecordSchema } from '../../contracts/drills.js';
import { LegalHoldSchema, PurgeCheckpointSchema, PurgeRecordSchema, StoredRetentionSchema, type LegalHold, type PurgeCheckpoint, type PurgeRecord, type RetentionRecordType, type StoredRetention } from '../../contracts/retention.js';
import type { PurgeCandidate } from '../../domain/governance/retention/isHeld.js';
import { PURGE_BATCH_KEYS, type RetentionStore } from '../../ports/retentionStore.js';
import { kvsQueryAll } from './kvsQueryAll.js';
import { parseStored } from './storedRecords.js';

const SETTINGS = 'ret-settings';
const settingsVersion = (v: number) => `ret-settings-v:${String(v).padStart(6, '0')}`;
const hold = (id: string) => `ret-hold:${id}`;
const CHECKPOINT = 'ret-purge-checkpoint';
const purgeRecord = (r: PurgeRecord) => `ret-purge:${r.runId}:${String(r.batch).padStart(6, '0')}`;

/** Where each purged type lives, and how its records say when they happened and for which incident. */
const SOURCES: Partial<Record<RetentionRecordType, { prefix: string; read: (v: unknown) => Omit<PurgeCandidate, 'key'> | null }>> = {
  escalationEvents: { prefix: 'event:', read: (v) => { const r = EventLogEntrySchema.safeParse(v); return r.success ? { at: r.data.at, incidentKey: r.data.incidentKey } : null; } },
  accessLog: { prefix: 'access:', read: (v) => { const r = AccessLogEntrySchema.safeParse(v); return r.success ? { at: r.data.at, incidentKey: r.data.issueKey } : null; } },
  // An audit is as old as the end of the month it covers.
  audits: { prefix: 'gov-audit:', read: (v) => { const r = AdherenceAuditSchema.safeParse(v); return r.success ? { at: r.data.to, incidentKey: null } : null; } },
  // A drill is as old as its end; one still running is never a candidate.
  drills: { prefix: 'drill:', read: (v) => { const r = DrillRecordSchema.safeParse(v); return r.success && r.data.endedAt ? { at: r.data.endedAt, incidentKey: r.data.issueKey } : null; } },
};

/** Retention in KVS; the purge's deletions, checkpoint and record go in one `kvs.transact()`. */
export class KvsRetentionStore implements RetentionStore {
  async getSettings() {
    const v = await kvs.get(SETTINGS);
    return v === undefined ? null : parseStored(StoredRetentionSchema, SETTINGS, v);
  }

  /** Claims the version key first-writer-wins (it is the history), then moves the current settings to it. */
  async saveSettings(record: StoredRetention) {
    const r = StoredRetentionSchema.parse(record);
    const current = await this.getSettings();
    if ((current?.version ?? 0) !== r.version - 1) return { saved: false as const, currentVersion: current?.version ?? 0 };
    try {
      await kvs.set(settingsVersion(r.version), r, { keyPolicy: 'FAIL_IF_EXISTS' });
    } catch (e) {
      const now = await this.getSettings();
      if ((await kvs.get(settingsVersion(r.version))) === undefined) throw e;
      return { saved: false as const, currentVersion: now?.version ?? r.version };
    }
    await kvs.set(SETTINGS, r);
    return { saved: true as const };
  }

  async listSettingsVersions() {
    return (await kvsQueryAll('ret-settings-v:')).map(([k, v]) => parseStored(StoredRetentionSchema, k, v)).sort((a, b) => b.version - a.version);
  }

  async listHolds() {
    return (await kvsQueryAll('ret-hold:')).map(([k, v]) => parseStored(LegalHoldSchema, k, v)).sort((a, b) => (a.placedAt < b.placedAt ? 1 : -1));
  }

  async saveHold(h: LegalHold) { await kvs.set(hold(h.id), LegalHoldSchema.parse(h)); }

  async getCheckpoint() {
    const v = await kvs.get(CHECKPOINT);
    return v === undefined ? null : parseStored(PurgeCheckpointSchema, CHECKPOINT, v);
  }

  async scan(type: RetentionRecordType, cursor: string | null, limit: number) {
    const source = SOURCES[type];
    if (!source) return { items: [], cursor: null };
    let q = kvs.query().where('key', WhereConditions.beginsWith(source.prefix)).limit(limit);
    if (cursor) q = q.cursor(cursor);
    const page = await q.getMany();
    const items = page.results.flatMap((r) => { const c = source.read(r.value); return c ? [{ key: r.key, ...c }] : []; });
    return { items, cursor: page.nextCursor ?? null };
  }

  async commitBatch(keys: readonly string[], checkpoint: PurgeCheckpoint, record: PurgeRecord | null) {
    if (keys.length > PURGE_BATCH_KEYS) throw new Error(`a purge batch holds at most ${PURGE_BATCH_KEYS} keys, got ${keys.length}`);
    let tx = kvs.transact();
    for (const k of keys) tx = tx.delete(k);
    tx = tx.set(CHECKPOINT, PurgeCheckpointSchema.parse(checkpoint));
    if (record) tx = tx.set(purgeRecord(record), PurgeRecordSchema.parse(record));
    await tx.execute();
  }

  async listPurgeRecords(limit: number) {
    return (await kvsQueryAll('ret-purge:')).map(([k, v]) => parseStored(PurgeRecordSchema, k, v))
      .sort((a, b) => (a.runId === b.runId ? b.batch - a.batch : a.runId < b.runId ? 1 : -1)).slice(0, limit);
  }
}
