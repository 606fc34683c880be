import { kvs } from '@forge/kvs';
import { SyntheticCheckSchema, SyntheticRunSchema, type SyntheticCheck, type SyntheticRun } from '../../contracts/synthetic.js';
import type { SyntheticStore } from '../../ports/syntheticStore.js';
import { kvsQueryAll } from './kvsQueryAll.js';
import { parseStored } from './storedRecords.js';

/** Runs are kept a quarter: long enough for a review's trend, short enough never to need a clean-up. */
const RUN_TTL = { ttl: { value: 90, unit: 'DAYS' as const } };
const K = {
  check: (id: string) => `synthetic:${id}`,
  // The start instant, zero-padded, so a prefix query returns a check's runs in time order.
  run: (checkId: string, runId: string) => `syntheticrun:${checkId}:${runId}`,
};

/** Checks under `synthetic:<id>`, runs under `syntheticrun:<check>:<run>` (expiring after 90 days). */
export class KvsSyntheticStore implements SyntheticStore {
  async listChecks(): Promise<SyntheticCheck[]> {
    const out: SyntheticCheck[] = [];
    for (const [k, v] of await kvsQueryAll('synthetic:')) {
      try { out.push(parseStored(SyntheticCheckSchema, k, v)); } catch (e) { console.error(e); }
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  }
  async getCheck(id: string): Promise<SyntheticCheck | null> {
    const v = await kvs.get(K.check(id));
    return v === undefined ? null : parseStored(SyntheticCheckSchema, K.check(id), v);
  }
  async saveCheck(c: SyntheticCheck): Promise<void> { await kvs.set(K.check(c.id), SyntheticCheckSchema.parse(c)); }
  async deleteCheck(id: string): Promise<void> { await kvs.delete(K.check(id)); }
  async getRun(id: string): Promise<SyntheticRun | null> {
    const checkId = runCheckId(id);
    const v = await kvs.get(K.run(checkId, id));
    return v === undefined ? null : parseStored(SyntheticRunSchema, K.run(checkId, id), v);
  }
  async saveRun(r: SyntheticRun): Promise<void> { await kvs.set(K.run(r.checkId, r.id), SyntheticRunSchema.parse(r), RUN_TTL); }
  async listRuns(checkId: string, limit: number): Promise<SyntheticRun[]> {
    const out: SyntheticRun[] = [];
    for (const [k, v] of await kvsQueryAll(`syntheticrun:${checkId}:`)) {
      try { out.push(parseStored(SyntheticRunSchema, k, v)); } catch (e) { console.error(e); }
    }
    return out.sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id)).slice(0, limit);
  }
}

/** A run's id is `<check id>.<start ms>`: the check it belongs to is the part before the dot. */
export function runCheckId(runId: string): string {
  return runId.slice(0, Math.max(0, runId.lastIndexOf('.')));
}
