import { validateClause, type Clause } from './conditions.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { kvsErrors } from './kvsError.js';
import { listView, type MetadataField } from './itemView.js';
import { MAX_PAGE } from './kvsLimits.js';
import type { SqliteKvsStore } from './sqliteKvsStore.js';

export interface KeyQueryRequest {
  limit?: number;
  after?: string;
  where?: Clause[];
  options?: { metadataFields?: MetadataField[] };
}

/** Page size when the app sets none (sandbox choice: the platform's default is not published). */
export const DEFAULT_PAGE = 10;

/** `kvs.query()`: key order, one `where key BEGINS_WITH` clause at most, cursor paging. */
export function queryKeys(store: SqliteKvsStore, ns: string, req: KeyQueryRequest) {
  const limit = req.limit ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw kvsErrors.listLimit();
  const where = req.where ?? [];
  if (where.length > 1) throw kvsErrors.whereInvalid();
  let prefix = '';
  const clause = where[0];
  if (clause) {
    if (clause.property !== 'key') throw kvsErrors.whereField();
    validateClause(clause, new Set(['BEGINS_WITH']));
    prefix = String(clause.values[0]);
  }
  const after = decodeCursor<string>(req.after);
  // One extra row tells whether another page exists.
  const rows = store.list(ns, prefix, after, limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    data: page.map((item) => listView(item, req.options?.metadataFields)),
    ...(rows.length > limit && last ? { cursor: encodeCursor(last.key) } : {}),
  };
}
