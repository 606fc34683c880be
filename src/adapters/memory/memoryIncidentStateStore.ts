import type { AttentionRecord } from '../../contracts/incidentIntegrity.js';
import { fnv1a64 } from '../../domain/shared/fnv1a64.js';
import type { IncidentStateDoc, IncidentStateRead, IncidentStateStore, StateWriteResult } from '../../ports/incidentStateStore.js';
import { attentionId, readStoredIncidentState, storedValue } from '../shared/storedIncidentState.js';

/** In-memory twin of the KVS incident-state entity; `raw` may be corrupted by tests. */
export class MemoryIncidentStateStore implements IncidentStateStore {
  readonly raw = new Map<string, unknown>();
  readonly attention = new Map<string, AttentionRecord>();
  private cutoff: number | null = null;
  /** Runs before a write's check, so tests can slip a concurrent writer in between. */
  beforeWrite: ((issueKey: string) => Promise<void> | void) | null = null;

  async read(issueKey: string): Promise<IncidentStateRead> {
    return readStoredIncidentState(issueKey, structuredClone(this.raw.get(issueKey)));
  }

  async readMany(issueKeys: readonly string[]): Promise<Map<string, IncidentStateRead>> {
    return new Map(await Promise.all(issueKeys.map(async (k) => [k, await this.read(k)] as const)));
  }

  async write(issueKey: string, doc: IncidentStateDoc, expectedVersion: number | null, now: number): Promise<StateWriteResult> {
    if (this.beforeWrite) {
      const hook = this.beforeWrite;
      this.beforeWrite = null;
      await hook(issueKey);
    }
    const current = this.raw.get(issueKey) as { version?: unknown } | undefined;
    const stored = current === undefined ? null : typeof current.version === 'number' ? current.version : NaN;
    if (stored !== expectedVersion) return { written: false };
    const version = (expectedVersion ?? 0) + 1;
    this.raw.set(issueKey, structuredClone(storedValue(issueKey, doc, version, now)));
    return { written: true, version };
  }

  async dueKeys(cutoffMs: number, limit: number): Promise<string[]> {
    return [...this.raw.values()]
      .flatMap((v) => {
        const r = v as { issueKey?: unknown; nextEvaluationEpochMs?: unknown };
        return typeof r.issueKey === 'string' && typeof r.nextEvaluationEpochMs === 'number' && r.nextEvaluationEpochMs <= cutoffMs
          ? [{ key: r.issueKey, at: r.nextEvaluationEpochMs }] : [];
      })
      .sort((a, b) => a.at - b.at || (a.key < b.key ? -1 : 1))
      .slice(0, limit)
      .map((x) => x.key);
  }

  async noteAttention(record: AttentionRecord): Promise<void> {
    this.attention.set(attentionId(record, fnv1a64), structuredClone(record));
  }

  async listAttention(issueKey: string | null, limit: number): Promise<AttentionRecord[]> {
    return [...this.attention.values()]
      .filter((r) => issueKey === null || r.issueKey === issueKey)
      .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
      .slice(0, limit);
  }

  async adoptionCutoff(nowMs: number): Promise<number> {
    this.cutoff ??= nowMs;
    return this.cutoff;
  }
}
