import { batchDelete, batchGet, batchSet } from './batchOps.js';
import { EntityCatalog, type EntityDeclaration } from './entitySchema.js';
import { queryEntity, type EntityQueryRequest } from './entityQuery.js';
import { fullView } from './itemView.js';
import { KvsError, kvsErrors } from './kvsError.js';
import { KvsItemOps, type SetOptions } from './kvsItemOps.js';
import { queryKeys, type KeyQueryRequest } from './keyQuery.js';
import { KVS_NS, SECRET_NS } from './namespaces.js';
import { SqliteKvsStore, type StoredItem } from './sqliteKvsStore.js';
import { transact, type TransactionRequest } from './transactionOps.js';

export interface KvsReply {
  status: number;
  body?: unknown;
}

export interface KvsServiceOptions {
  now: () => number;
  /** SQLite file; in memory when omitted. */
  filename?: string;
  entities?: EntityDeclaration[];
}

interface KeyBody {
  key: string;
  entityName?: string;
  value?: unknown;
  options?: SetOptions;
}

const ok = (body: unknown): KvsReply => ({ status: 200, body });
const none: KvsReply = { status: 204 };
const maybe = (item: StoredItem | undefined): KvsReply => (item ? ok(fullView(item)) : none);

/** The platform side of `@forge/kvs`: `POST /api/v1/<operation>` with a JSON body. */
export class KvsService {
  readonly store: SqliteKvsStore;
  private readonly ops: KvsItemOps;

  constructor(options: KvsServiceOptions) {
    this.store = new SqliteKvsStore(options.now, options.filename);
    this.ops = new KvsItemOps(this.store, new EntityCatalog(options.entities));
  }

  handle(path: string, body: unknown): KvsReply {
    try {
      return this.route(path, body);
    } catch (e) {
      if (e instanceof KvsError) return { status: e.status, body: { code: e.code, message: e.message } };
      throw e;
    }
  }

  private route(path: string, body: unknown): KvsReply {
    const b = (body ?? {}) as KeyBody;
    const ops = this.ops;
    const entityName = b.entityName;
    const entityNsOf = () => {
      if (!entityName) throw kvsErrors.badRequest('entityName is required.');
      return ops.ns(KVS_NS, entityName);
    };
    switch (path) {
      case '/api/v1/get':
        return ok(fullView(ops.get(KVS_NS, b.key)));
      case '/api/v1/set':
        return maybe(ops.set(KVS_NS, b.key, b.value, b.options));
      case '/api/v1/delete':
        ops.delete(KVS_NS, b.key);
        return none;
      case '/api/v1/query':
        return ok(queryKeys(this.store, KVS_NS, body as KeyQueryRequest));
      case '/api/v1/secret/get':
        return ok(fullView(ops.get(SECRET_NS, b.key)));
      case '/api/v1/secret/set':
        return maybe(ops.set(SECRET_NS, b.key, b.value, b.options));
      case '/api/v1/secret/delete':
        ops.delete(SECRET_NS, b.key);
        return none;
      case '/api/v1/entity/get':
        return ok(fullView(ops.get(entityNsOf(), b.key, entityName)));
      case '/api/v1/entity/set':
        return maybe(ops.set(entityNsOf(), b.key, b.value, b.options, entityName));
      case '/api/v1/entity/delete':
        ops.delete(entityNsOf(), b.key, entityName);
        return none;
      case '/api/v1/entity/query':
        return ok(queryEntity(this.store, ops.entities, body as EntityQueryRequest));
      case '/api/v1/batch/set':
        return ok(batchSet(ops, body));
      case '/api/v1/batch/get':
        return ok(batchGet(ops, body));
      case '/api/v1/batch/delete':
        return ok(batchDelete(ops, body));
      case '/api/v1/transaction':
        transact(ops, body as TransactionRequest);
        return none;
      default:
        return { status: 404, body: { code: 'NOT_FOUND', message: `No KVS operation at ${path}` } };
    }
  }

  close(): void {
    this.store.close();
  }
}
