import type { EntityCatalog } from './entitySchema.js';
import { kvsErrors } from './kvsError.js';
import { ttlToMs, validateKey, validateValue, type Ttl } from './kvsLimits.js';
import { entityNs } from './namespaces.js';
import type { SqliteKvsStore, StoredItem } from './sqliteKvsStore.js';

export interface SetOptions {
  ttl?: Ttl;
  keyPolicy?: 'OVERRIDE' | 'FAIL_IF_EXISTS';
  returnValue?: 'PREVIOUS' | 'LATEST';
}

/** Single-key get/set/delete shared by plain keys, secrets, entities, batches and transactions. */
export class KvsItemOps {
  constructor(
    readonly store: SqliteKvsStore,
    readonly entities: EntityCatalog,
  ) {}

  /** Resolves the namespace, checking the entity is declared. */
  ns(base: string, entityName: string | undefined): string {
    if (entityName === undefined) return base;
    this.entities.get(entityName);
    return entityNs(entityName);
  }

  get(ns: string, key: unknown, entityName?: string): StoredItem {
    const k = validateKey(key, entityName !== undefined);
    const item = this.store.get(ns, k);
    if (!item) throw kvsErrors.keyNotFound(k);
    return item;
  }

  /** Returns what `returnValue` asks for: the previous or the new item (or nothing). */
  set(ns: string, key: unknown, value: unknown, options: SetOptions = {}, entityName?: string): StoredItem | undefined {
    const k = validateKey(key, entityName !== undefined);
    const json = validateValue(value);
    if (entityName !== undefined) this.entities.validateValue(entityName, value);
    const ttlMs = ttlToMs(options.ttl);
    const previous = this.store.get(ns, k);
    if (options.keyPolicy === 'FAIL_IF_EXISTS' && previous) throw kvsErrors.keyConflict(k);
    const latest = this.store.put(ns, k, json, ttlMs);
    if (options.returnValue === 'PREVIOUS') return previous;
    if (options.returnValue === 'LATEST') return latest;
    return undefined;
  }

  delete(ns: string, key: unknown, entityName?: string): void {
    this.store.delete(ns, validateKey(key, entityName !== undefined));
  }
}
