import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';
import { AttentionRecordSchema, type AttentionRecord } from '../../contracts/incidentIntegrity.js';
import { fnv1a64 } from '../../domain/shared/fnv1a64.js';
import type { IncidentStateDoc, IncidentStateRead, IncidentStateStore, StateWriteResult } from '../../ports/incidentStateStore.js';
import { attentionId, readStoredIncidentState, storedValue, type StoredIncidentStateValue } from '../shared/storedIncidentState.js';
import { kvsQueryAll } from './kvsQueryAll.js';
import { parseStored } from './storedRecords.js';

/** The custom entity declared in manifest.yml (`app.storage.entities`). */
export const INCIDENT_STATE_ENTITY = 'incident-state';
export const NEXT_EVALUATION_INDEX = 'by-next-evaluation';
const CUTOFF = 'incident-state-adoption-cutoff';
/** Records needing attention stay a quarter; a finding seen again is refreshed. */
const ATTENTION_TTL_DAYS = 90;
const attnKey = (r: AttentionRecord) => `attn:${attentionId(r, fnv1a64)}`;

/**
 * Incident state on a KVS custom entity. Writes are transactions conditioned on the version
 * read (or on no record existing), so of two racing writers exactly one wins; the index on
 * `nextEvaluationEpochMs` lets the sweep find due incidents from app storage alone.
 */
export class KvsIncidentStateStore implements IncidentStateStore {
  private readonly entity = kvs.entity<StoredIncidentStateValue>(INCIDENT_STATE_ENTITY);

  async read(issueKey: string): Promise<IncidentStateRead> {
    return readStoredIncidentState(issueKey, await this.entity.get(issueKey));
  }

  async readMany(issueKeys: readonly string[]): Promise<Map<string, IncidentStateRead>> {
    const out = new Map<string, IncidentStateRead>();
    const unique = [...new Set(issueKeys)];
    for (let i = 0; i < unique.length; i += 25) {
      const chunk = unique.slice(i, i + 25);
      const r = await kvs.batchGet<unknown>(chunk.map((key) => ({ key, entityName: INCIDENT_STATE_ENTITY })));
      // A key with no record comes back as failed with KEY_NOT_FOUND: that is "absent".
      const failed = r.failedKeys.filter((f) => f.error.code !== 'KEY_NOT_FOUND');
      if (failed.length) throw new Error(`reading incident state failed for ${failed.map((f) => `${f.key} (${f.error.message})`).join(', ')}`);
      const found = new Map(r.successfulKeys.map((s) => [s.key, s.value]));
      for (const k of chunk) out.set(k, readStoredIncidentState(k, found.get(k)));
    }
    return out;
  }

  async write(issueKey: string, doc: IncidentStateDoc, expectedVersion: number | null, now: number): Promise<StateWriteResult> {
    const version = (expectedVersion ?? 0) + 1;
    const conditions = new Filter<StoredIncidentStateValue>().and('version',
      expectedVersion === null ? FilterConditions.notExists() : FilterConditions.equalTo(expectedVersion));
    try {
      await kvs.transact().set(issueKey, storedValue(issueKey, doc, version, now), { entityName: INCIDENT_STATE_ENTITY, conditions }).execute();
      return { written: true, version };
    } catch (e) {
      // A failed condition and a failed request look alike from here: the record says which.
      const current = await this.entity.get(issueKey) as { version?: unknown } | undefined;
      const stored = current === undefined ? null : current.version;
      if (stored !== expectedVersion) return { written: false };
      throw e;
    }
  }

  async dueKeys(cutoffMs: number, limit: number): Promise<string[]> {
    const out: string[] = [];
    let cursor: string | undefined;
    do {
      let q = this.entity.query().index(NEXT_EVALUATION_INDEX).where(WhereConditions.lessThanEqualTo(cutoffMs)).sort(Sort.ASC).limit(Math.min(100, limit - out.length));
      if (cursor) q = q.cursor(cursor);
      const page = await q.getMany();
      out.push(...page.results.map((r) => r.key));
      cursor = page.nextCursor;
    } while (cursor && out.length < limit);
    return out;
  }

  async noteAttention(record: AttentionRecord): Promise<void> {
    await kvs.set(attnKey(record), record, { ttl: { value: ATTENTION_TTL_DAYS, unit: 'DAYS' } });
  }

  async listAttention(issueKey: string | null, limit: number): Promise<AttentionRecord[]> {
    const rows = await kvsQueryAll(issueKey === null ? 'attn:' : `attn:${issueKey}:`);
    return rows.map(([k, v]) => parseStored(AttentionRecordSchema, k, v))
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
      .slice(0, limit);
  }

  async adoptionCutoff(nowMs: number): Promise<number> {
    const stored = await kvs.get<number>(CUTOFF);
    if (typeof stored === 'number') return stored;
    try {
      await kvs.set(CUTOFF, nowMs, { keyPolicy: 'FAIL_IF_EXISTS' });
      return nowMs;
    } catch (e) {
      const first = await kvs.get<number>(CUTOFF);
      if (typeof first === 'number') return first;
      throw e;
    }
  }
}
