import { kvs, WhereConditions } from '@forge/kvs';

/** Every `[key, value]` whose key begins with `prefix`, following KVS cursors 100 at a time. */
export async function kvsQueryAll(prefix: string): Promise<Array<[string, unknown]>> {
  const out: Array<[string, unknown]> = [];
  let cursor: string | undefined;
  do {
    let q = kvs.query().where('key', WhereConditions.beginsWith(prefix)).limit(100);
    if (cursor) q = q.cursor(cursor);
    const page = await q.getMany();
    out.push(...page.results.map((r): [string, unknown] => [r.key, r.value]));
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
