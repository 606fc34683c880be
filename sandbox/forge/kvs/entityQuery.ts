import { compare, matches, matchesGroup, RANGE_CONDITIONS, validateClause, validateFilterGroup, type Clause, type FilterGroup } from './conditions.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { EntityCatalog } from './entitySchema.js';
import { listView, type MetadataField } from './itemView.js';
import { kvsErrors } from './kvsError.js';
import { MAX_PAGE } from './kvsLimits.js';
import { DEFAULT_PAGE } from './keyQuery.js';
import { entityNs } from './namespaces.js';
import type { SqliteKvsStore, StoredItem } from './sqliteKvsStore.js';

export interface EntityQueryRequest {
  entityName: string;
  indexName: string;
  partition?: unknown[];
  range?: Clause;
  filters?: FilterGroup;
  sort?: 'ASC' | 'DESC';
  cursor?: string;
  limit?: number;
  options?: { metadataFields?: MetadataField[] };
}

type Position = [unknown[], string];

function compareTuples(a: unknown[], b: unknown[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const c = compare(a[i], b[i]);
    if (c) return c;
  }
  return 0;
}

/**
 * `kvs.entity(name).query().index(...)`: items are in an index only if they carry its partition
 * and range attributes; the partition must match exactly, `where` applies to the first range
 * attribute, and results are ordered by the range attributes then key.
 */
export function queryEntity(store: SqliteKvsStore, catalog: EntityCatalog, req: EntityQueryRequest) {
  const index = catalog.index(req.entityName, req.indexName);
  const limit = req.limit ?? DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw kvsErrors.pageLimit();
  const partition = req.partition ?? [];
  if (partition.length !== index.partition.length) {
    throw kvsErrors.badRequest(`Index '${index.name}' needs partition values for [${index.partition.join(', ')}].`);
  }
  if (req.range) validateClause(req.range, RANGE_CONDITIONS);
  if (req.filters) validateFilterGroup(req.filters);
  const attr = (item: StoredItem, name: string) => (item.value as Record<string, unknown>)[name];
  const rangeOf = (item: StoredItem) => index.range.map((name) => attr(item, name));
  const candidates = store.all(entityNs(req.entityName)).filter((item) => {
    if (![...index.partition, ...index.range].every((name) => attr(item, name) !== undefined)) return false;
    if (!index.partition.every((name, i) => attr(item, name) === partition[i])) return false;
    if (req.range && !matches(req.range, attr(item, index.range[0] ?? ''))) return false;
    return !req.filters || matchesGroup(req.filters, item.value as Record<string, unknown>);
  });
  const direction = req.sort === 'DESC' ? -1 : 1;
  const order = (a: Position, b: Position) => direction * (compareTuples(a[0], b[0]) || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const positioned = candidates.map((item) => ({ item, pos: [rangeOf(item), item.key] as Position }));
  positioned.sort((a, b) => order(a.pos, b.pos));
  const after = decodeCursor<Position>(req.cursor);
  const rest = after ? positioned.filter((p) => order(p.pos, after) > 0) : positioned;
  const page = rest.slice(0, limit);
  const last = page[page.length - 1];
  return {
    data: page.map((p) => listView(p.item, req.options?.metadataFields)),
    ...(rest.length > limit && last ? { cursor: encodeCursor(last.pos) } : {}),
  };
}
