import { Filter, FilterConditions, kvs, Sort, WhereConditions, type ForgeKvsAPIError } from '@forge/kvs';
import type { ForgeRuntime } from '../../../sandbox/forge/forgeRuntime.js';
import { bareRuntime } from './helpers.js';

const ENTITIES = `
modules: {}
app:
  id: ari:cloud:ecosystem::app/test
  storage:
    entities:
      - name: incident
        attributes:
          service: { type: string }
          severity: { type: integer }
          openedAt: { type: integer }
        indexes:
          - name: by-service-opened
            partition: [service]
            range: [openedAt]
          - severity
`;

type Incident = { service: string; severity: number; openedAt: number };

let runtime: ForgeRuntime;
beforeEach(() => {
  runtime = bareRuntime(ENTITIES);
});
afterEach(() => runtime.close());

const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: ForgeKvsAPIError) => e.code);

describe('kvs.query()', () => {
  it('pages through 150 keys with beginsWith, 100 at most a page, in key order', async () => {
    for (let i = 0; i < 150; i += 25) {
      await kvs.batchSet(Array.from({ length: 25 }, (_, j) => ({ key: `inc:${String(i + j).padStart(3, '0')}`, value: i + j })));
    }
    await kvs.set('other:1', 'not matched');
    const first = await kvs.query().where('key', WhereConditions.beginsWith('inc:')).limit(100).getMany<number>();
    expect(first.results).toHaveLength(100);
    expect(first.results[0]).toEqual({ key: 'inc:000', value: 0 });
    expect(first.nextCursor).toBeDefined();
    const second = await kvs
      .query()
      .where('key', WhereConditions.beginsWith('inc:'))
      .limit(100)
      .cursor(first.nextCursor ?? '')
      .getMany<number>();
    expect(second.results.map((r) => r.value)).toEqual(Array.from({ length: 50 }, (_, i) => 100 + i));
    expect(second.nextCursor).toBeUndefined();
  });

  it('refuses a page larger than 100', async () => {
    expect(await codeOf(kvs.query().limit(101).getMany())).toBe('LIST_QUERY_LIMIT_EXCEEDED');
  });
});

describe('custom entities', () => {
  beforeEach(async () => {
    const rows: Array<[string, Incident]> = [
      ['i1', { service: 'payments', severity: 1, openedAt: 100 }],
      ['i2', { service: 'payments', severity: 3, openedAt: 300 }],
      ['i3', { service: 'payments', severity: 2, openedAt: 200 }],
      ['i4', { service: 'search', severity: 1, openedAt: 150 }],
    ];
    for (const [key, value] of rows) await kvs.entity<Incident>('incident').set(key, value);
  });

  it('queries a partitioned index with a range condition, sorted descending', async () => {
    const { results } = await kvs
      .entity<Incident>('incident')
      .query()
      .index('by-service-opened', { partition: ['payments'] })
      .where(WhereConditions.greaterThan(150))
      .sort(Sort.DESC)
      .getMany();
    expect(results.map((r) => r.key)).toEqual(['i2', 'i3']);
  });

  it('applies filters and pages with a cursor', async () => {
    const query = () =>
      kvs
        .entity<Incident>('incident')
        .query()
        .index('severity')
        .filters(new Filter<Incident>().and('service', FilterConditions.equalTo('payments')))
        .limit(2);
    const first = await query().getMany();
    expect(first.results.map((r) => r.key)).toEqual(['i1', 'i3']);
    const second = await query().cursor(first.nextCursor ?? '').getMany();
    expect(second.results.map((r) => r.key)).toEqual(['i2']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('rejects an undeclared entity and a value of the wrong attribute type', async () => {
    expect(await codeOf(kvs.entity('ghost').set('x', {}))).toBe('INVALID_ENTITY_TYPE');
    expect(await codeOf(kvs.entity('incident').set('x', { severity: 'high' }))).toBe('INVALID_ENTITY_VALUE');
  });
});

describe('batches', () => {
  it('sets, gets and deletes up to 25 keys, reporting missing keys as failed', async () => {
    const set = await kvs.batchSet([{ key: 'a', value: 1 }, { key: 'b', value: 2 }]);
    expect(set).toEqual({ successfulKeys: [{ key: 'a' }, { key: 'b' }], failedKeys: [] });
    const got = await kvs.batchGet<number>([{ key: 'a' }, { key: 'missing' }]);
    expect(got.successfulKeys.map((k) => [k.key, k.value])).toEqual([['a', 1]]);
    expect(got.failedKeys).toEqual([{ key: 'missing', error: expect.objectContaining({ code: 'KEY_NOT_FOUND' }) }]);
    await kvs.batchDelete([{ key: 'a' }, { key: 'b' }]);
    expect(await kvs.get('a')).toBeUndefined();
  });

  it('refuses 26 items', async () => {
    const items = Array.from({ length: 26 }, (_, i) => ({ key: `k${i}`, value: i }));
    expect(await codeOf(kvs.batchSet(items))).toBe('BATCH_SIZE_EXCEEDED');
  });
});

describe('transactions', () => {
  it('commits sets and deletes together', async () => {
    await kvs.set('old', 1);
    await kvs.transact().set('new', 2).delete('old').execute();
    expect([await kvs.get('new'), await kvs.get('old')]).toEqual([2, undefined]);
  });

  it('rolls everything back when an entity condition is not met', async () => {
    await kvs.entity<Incident>('incident').set('i1', { service: 'payments', severity: 1, openedAt: 1 });
    const tx = kvs
      .transact()
      .set('side-effect', true)
      .set('i1', { service: 'payments', severity: 2, openedAt: 1 }, {
        entityName: 'incident',
        conditions: new Filter<Incident>().and('severity', FilterConditions.equalTo(3)),
      });
    expect(await codeOf(tx.execute())).toBe('TRANSACTION_CONDITIONS_NOT_MET');
    expect(await kvs.get('side-effect')).toBeUndefined();
    expect((await kvs.entity<Incident>('incident').get('i1'))?.severity).toBe(1);
  });

  it('refuses more than 25 operations and a key used twice', async () => {
    const big = kvs.transact();
    for (let i = 0; i < 26; i++) big.set(`k${i}`, i);
    expect(await codeOf(big.execute())).toBe('TRANSACTION_OPERATIONS_LIMIT_EXCEEDED');
    expect(await codeOf(kvs.transact().set('dup', 1).delete('dup').execute())).toBe('TRANSACTION_DUPLICATE_KEYS');
  });
});
