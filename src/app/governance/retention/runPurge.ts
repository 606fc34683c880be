import { DEFAULT_RETENTION, purgedRecordTypes, type PurgeCheckpoint, type PurgeRecord } from '../../../contracts/retention.js';
import { retentionCutoff, selectExpired } from '../../../domain/governance/retention/selectExpired.js';
import { PURGE_BATCH_KEYS, type RetentionStore } from '../../../ports/retentionStore.js';
import type { Clock } from '../../../ports/queue.js';

/** Pages read per run; a bigger backlog is finished by the next daily runs, from the checkpoint. */
export const PURGE_PAGES_PER_RUN = 200;
const PAGE = 100;

export interface PurgeResult {
  runId: string;
  deleted: number;
  held: number;
  finished: boolean;
}

/**
 * The daily purge: deletes what has outlived its retention, type by type, in batches written
 * with their checkpoint in one transaction. Interrupted (time out, crash, a duplicate run), the
 * next run resumes at the checkpoint; a page partly purged is read again and yields only what
 * is left. A run that finished today is not repeated today. Held records are never selected.
 */
export async function runPurge(deps: { retention: RetentionStore; clock: Clock }, pages = PURGE_PAGES_PER_RUN): Promise<PurgeResult> {
  const now = deps.clock.now();
  const today = new Date(now).toISOString().slice(0, 10);
  const [settings, holds, previous] = await Promise.all([deps.retention.getSettings(), deps.retention.listHolds(), deps.retention.getCheckpoint()]);
  if (previous?.done && previous.startedAt.slice(0, 10) === today) return { runId: previous.runId, deleted: 0, held: 0, finished: true };
  let cp: PurgeCheckpoint = previous && !previous.done ? previous
    : { runId: `purge-${now}`, startedAt: new Date(now).toISOString(), typeIndex: 0, cursor: null, batches: 0, done: false };
  const days = settings?.days ?? DEFAULT_RETENTION;
  let deleted = 0;
  let held = 0;
  for (let n = 0; n < pages && !cp.done; n += 1) {
    const type = purgedRecordTypes[cp.typeIndex]!;
    const page = await deps.retention.scan(type, cp.cursor, PAGE);
    const picked = selectExpired(page.items, retentionCutoff(days[type], now), holds);
    held += picked.held;
    const chunks: Array<typeof picked.expired> = [];
    for (let i = 0; i < picked.expired.length; i += PURGE_BATCH_KEYS) chunks.push(picked.expired.slice(i, i + PURGE_BATCH_KEYS));
    const last = purgedRecordTypes.length - 1;
    const after: PurgeCheckpoint = page.cursor !== null ? { ...cp, cursor: page.cursor }
      : cp.typeIndex < last ? { ...cp, typeIndex: cp.typeIndex + 1, cursor: null } : { ...cp, cursor: null, done: true };
    if (chunks.length === 0) { cp = after; await deps.retention.commitBatch([], cp, null); continue; }
    for (const [i, chunk] of chunks.entries()) {
      // Only the page's last batch moves the cursor on: a run that dies before it reads this page again.
      const next: PurgeCheckpoint = { ...(i === chunks.length - 1 ? after : cp), batches: cp.batches + 1 };
      const times = chunk.map((c) => c.at).sort();
      const record: PurgeRecord = { runId: cp.runId, batch: next.batches, at: new Date(now).toISOString(), type, count: chunk.length, oldest: times[0]!, newest: times.at(-1)! };
      await deps.retention.commitBatch(chunk.map((c) => c.key), next, record);
      cp = next;
      deleted += chunk.length;
    }
  }
  return { runId: cp.runId, deleted, held, finished: cp.done };
}
