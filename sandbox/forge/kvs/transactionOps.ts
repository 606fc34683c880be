import { matchesGroup, validateFilterGroup, type FilterGroup } from './conditions.js';
import { kvsErrors } from './kvsError.js';
import type { KvsItemOps } from './kvsItemOps.js';
import type { Ttl } from './kvsLimits.js';
import { MAX_TRANSACTION_OPS } from './kvsLimits.js';
import { KVS_NS } from './namespaces.js';

interface TxOp {
  key: string;
  entityName?: string;
  conditions?: FilterGroup;
}
interface TxSet extends TxOp {
  value: unknown;
  options?: { ttl?: Ttl };
}
export interface TransactionRequest {
  set?: TxSet[];
  delete?: TxOp[];
  check?: TxOp[];
}

/**
 * `kvs.transact()`: at most 25 operations, each key once, every condition checked against the
 * current state before any write; one failure rolls the whole transaction back.
 */
export function transact(ops: KvsItemOps, req: TransactionRequest): void {
  const sets = req.set ?? [];
  const deletes = req.delete ?? [];
  const checks = req.check ?? [];
  const all: TxOp[] = [...sets, ...deletes, ...checks];
  if (all.length === 0) throw kvsErrors.badRequest('A transaction needs at least one operation.');
  if (all.length > MAX_TRANSACTION_OPS) throw kvsErrors.txLimit(all.length);
  const seen = new Set<string>();
  for (const op of all) {
    const id = `${op.entityName ?? ''}\u0000${op.key}`;
    if (seen.has(id)) throw kvsErrors.txDuplicate(op.key);
    seen.add(id);
    if (op.conditions) validateFilterGroup(op.conditions);
  }
  ops.store.atomically(() => {
    for (const op of checks) {
      if (!op.conditions) throw kvsErrors.badRequest('A transaction check needs conditions.');
      assertConditions(ops, op, true);
    }
    for (const op of [...sets, ...deletes]) assertConditions(ops, op, false);
    for (const op of sets) {
      ops.set(ops.ns(KVS_NS, op.entityName), op.key, op.value, { ttl: op.options?.ttl }, op.entityName);
    }
    for (const op of deletes) ops.delete(ops.ns(KVS_NS, op.entityName), op.key, op.entityName);
  });
}

function assertConditions(ops: KvsItemOps, op: TxOp, mustExist: boolean): void {
  if (!op.conditions && !mustExist) return;
  const current = ops.store.get(ops.ns(KVS_NS, op.entityName), op.key);
  const value = (current?.value ?? {}) as Record<string, unknown>;
  if ((mustExist && !current) || (op.conditions && !matchesGroup(op.conditions, value))) {
    throw kvsErrors.txConditions(op.key);
  }
}
