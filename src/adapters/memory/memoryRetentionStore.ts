import type { AccessLogEntry } from '../../contracts/accessLog.js';
import { LegalHoldSchema, PurgeCheckpointSchema, PurgeRecordSchema, StoredRetentionSchema, type LegalHold, type PurgeCheckpoint, type PurgeRecord, type RetentionRecordType, type StoredRetention } from '../../contracts/retention.js';
import type { PurgeCandidate } from '../../domain/governance/retention/isHeld.js';
import { PURGE_BATCH_KEYS, type RetentionStore } from '../../ports/retentionStore.js';
import type { MemoryDrillStore } from './memoryDrillStore.js';
import type { MemoryGovernanceStore } from './memoryGovernanceStore.js';
import type { MemoryStore } from './memoryStore.js';

/**
 * In-memory twin of the KVS retention store, purging the records of the in-memory Store and
 * governance store it is given. Keys are made the way the KVS store's are, so the purge sees
 * the same order. `failNextCommits` makes batches fail before anything is applied, as an
 * invocation killed mid-purge would leave it.
 */
export class MemoryRetentionStore implements RetentionStore {
  private readonly versions: StoredRetention[] = [];
  private readonly holds = new Map<string, LegalHold>();
  private checkpoint: PurgeCheckpoint | null = null;
  readonly records: PurgeRecord[] = [];
  private readonly accessIds = new WeakMap<AccessLogEntry, string>();
  private nextAccessId = 0;
  failNextCommits = 0;

  constructor(private readonly store: MemoryStore, private readonly governance: MemoryGovernanceStore, private readonly drills?: MemoryDrillStore) {}

  async getSettings() { return this.versions.at(-1) ? structuredClone(this.versions.at(-1)!) : null; }
  async saveSettings(record: StoredRetention) {
    const current = this.versions.at(-1)?.version ?? 0;
    if (record.version !== current + 1) return { saved: false as const, currentVersion: current };
    this.versions.push(structuredClone(StoredRetentionSchema.parse(record)));
    return { saved: true as const };
  }
  async listSettingsVersions() { return [...this.versions].reverse().map((v) => structuredClone(v)); }
  async listHolds() { return [...this.holds.values()].map((h) => structuredClone(h)).sort((a, b) => (a.placedAt < b.placedAt ? 1 : -1)); }
  async saveHold(h: LegalHold) { this.holds.set(h.id, structuredClone(LegalHoldSchema.parse(h))); }
  async getCheckpoint() { return this.checkpoint ? { ...this.checkpoint } : null; }

  private candidates(type: RetentionRecordType): PurgeCandidate[] {
    if (type === 'escalationEvents') {
      return [...this.store.events].flatMap(([incident, m]) => [...m].map(([id, e]) => ({ key: `event:${incident}:${id}`, at: e.at, incidentKey: e.incidentKey })));
    }
    if (type === 'accessLog') {
      return this.store.access.map((e) => {
        let id = this.accessIds.get(e);
        if (!id) { id = String(this.nextAccessId++).padStart(9, '0'); this.accessIds.set(e, id); }
        // Newest first, as the KVS keys sort.
        return { key: `access:${String(9_999_999_999_999 - Date.parse(e.at)).padStart(13, '0')}:${id}`, at: e.at, incidentKey: e.issueKey };
      });
    }
    if (type === 'audits') return [...this.governance.audits.values()].map((a) => ({ key: `gov-audit:${a.period}`, at: a.to, incidentKey: null }));
    if (type === 'drills') return [...(this.drills?.drills.values() ?? [])].flatMap((d) => (d.endedAt ? [{ key: `drill:${d.issueKey}`, at: d.endedAt, incidentKey: d.issueKey }] : []));
    return [];
  }

  async scan(type: RetentionRecordType, cursor: string | null, limit: number) {
    const all = this.candidates(type).sort((a, b) => (a.key < b.key ? -1 : 1)).filter((c) => cursor === null || c.key > cursor);
    const items = all.slice(0, limit);
    return { items, cursor: all.length > limit ? items.at(-1)!.key : null };
  }

  async commitBatch(keys: readonly string[], checkpoint: PurgeCheckpoint, record: PurgeRecord | null) {
    if (keys.length > PURGE_BATCH_KEYS) throw new Error(`a purge batch holds at most ${PURGE_BATCH_KEYS} keys`);
    if (this.failNextCommits > 0) { this.failNextCommits -= 1; throw new Error('invocation killed before the batch committed'); }
    const cp = PurgeCheckpointSchema.parse(checkpoint);
    const rec = record ? PurgeRecordSchema.parse(record) : null;
    for (const key of keys) {
      if (key.startsWith('event:')) {
        const [, incident, ...rest] = key.split(':');
        this.store.events.get(incident!)?.delete(rest.join(':'));
      } else if (key.startsWith('access:')) {
        const i = this.store.access.findIndex((e) => key.endsWith(`:${this.accessIds.get(e)}`));
        if (i >= 0) this.store.access.splice(i, 1);
      } else if (key.startsWith('gov-audit:')) this.governance.audits.delete(key.slice('gov-audit:'.length));
      else if (key.startsWith('drill:')) this.drills?.drills.delete(key.slice('drill:'.length));
    }
    this.checkpoint = cp;
    if (rec) this.records.push(rec);
  }

  async listPurgeRecords(limit: number) { return [...this.records].reverse().slice(0, limit); }
}
