import { fullView } from './itemView.js';
import { KvsError, kvsErrors } from './kvsError.js';
import type { KvsItemOps, SetOptions } from './kvsItemOps.js';
import { MAX_BATCH } from './kvsLimits.js';
import { KVS_NS } from './namespaces.js';

interface BatchItem {
  key: string;
  entityName?: string;
  value?: unknown;
  options?: SetOptions;
}

const identity = (item: BatchItem) => `${item.entityName ?? ''}\u0000${item.key}`;

function checkShape(items: unknown): BatchItem[] {
  if (!Array.isArray(items) || items.length === 0) throw kvsErrors.batchEmpty();
  if (items.length > MAX_BATCH) throw kvsErrors.batchLimit(items.length);
  const seen = new Set<string>();
  for (const item of items as BatchItem[]) {
    const id = identity(item);
    if (seen.has(id)) throw kvsErrors.batchDuplicate(item.key);
    seen.add(id);
  }
  return items as BatchItem[];
}

/** Runs each item on its own: failures are reported per key, never thrown for the batch. */
function perItem<T>(items: BatchItem[], run: (item: BatchItem) => T) {
  const successfulKeys: T[] = [];
  const failedKeys: Array<{ key: string; entityName?: string; error: { code: string; message: string } }> = [];
  for (const item of items) {
    try {
      successfulKeys.push(run(item));
    } catch (e) {
      if (!(e instanceof KvsError)) throw e;
      failedKeys.push({ key: item.key, ...entityOf(item), error: { code: e.code, message: e.message } });
    }
  }
  return { successfulKeys, failedKeys };
}

const entityOf = (item: BatchItem) => (item.entityName !== undefined ? { entityName: item.entityName } : {});

export function batchSet(ops: KvsItemOps, body: unknown) {
  return perItem(checkShape(body), (item) => {
    ops.set(ops.ns(KVS_NS, item.entityName), item.key, item.value, { ttl: item.options?.ttl }, item.entityName);
    return { key: item.key, ...entityOf(item) };
  });
}

export function batchGet(ops: KvsItemOps, body: unknown) {
  return perItem(checkShape(body), (item) => ({
    ...fullView(ops.get(ops.ns(KVS_NS, item.entityName), item.key, item.entityName)),
    ...entityOf(item),
  }));
}

export function batchDelete(ops: KvsItemOps, body: unknown) {
  return perItem(checkShape(body), (item) => {
    ops.delete(ops.ns(KVS_NS, item.entityName), item.key, item.entityName);
    return { key: item.key, ...entityOf(item) };
  });
}
