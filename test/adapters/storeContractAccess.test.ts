import { KvsStore } from '../../src/adapters/forge/kvsStore.js';
import { MemoryStore } from '../../src/adapters/memory/memoryStore.js';
import { validateSchedule } from '../../src/domain/oncall/validateSchedule.js';
import { DEFAULT_ROLE_MAPPING } from '../../src/domain/access/roleMapping.js';
import type { Store } from '../../src/ports/store.js';
import { T0 } from '../support/builders.js';
import { ACCESS_LOG_RETENTION_DAYS } from '../../src/ports/store.js';
import { aScheduleInput } from '../support/appHarness.js';
import { bareRuntime } from '../sandbox/forge/helpers.js';

// The store methods this work added, held to one contract on both stores. It sits here because
// test/adapters/storeContract.test.ts belongs to another change in flight; it can move there.
type Runtime = ReturnType<typeof bareRuntime>;
let runtime: Runtime | null = null;
afterEach(() => {
  runtime?.close();
  runtime = null;
});

const schedule = () => {
  const r = validateSchedule(aScheduleInput({ overrides: [{ id: 'o1', accountId: 'lead-lee', start: '2026-12-01T09:00:00.000Z', end: '2026-12-02T09:00:00.000Z' }] }));
  if (!r.ok) throw new Error('bad fixture');
  return r.value;
};

describe.each<[string, () => Store]>([
  ['MemoryStore', () => new MemoryStore(() => T0)],
  ['KvsStore on @forge/kvs', () => { runtime = bareRuntime(); return new KvsStore(); }],
])('Store contract (access, schedules, duties, audits): %s', (_name, make) => {
  it('keeps the role mapping with who changed it', async () => {
    const s = make();
    expect(await s.getRoleMapping()).toBeNull();
    const r = { version: 1, mapping: DEFAULT_ROLE_MAPPING, updatedBy: 'admin-ada', updatedAt: '2026-11-27T09:00:00.000Z', reason: 'defaults' };
    expect(await s.saveRoleMapping(r)).toEqual({ saved: true });
    expect(await s.getRoleMapping()).toEqual(r);
    const r2 = { ...r, version: 2, reason: 'again' };
    expect(await s.saveRoleMapping(r2)).toEqual({ saved: true });
    expect(await s.saveRoleMapping({ ...r, version: 2, reason: 'raced' })).toEqual({ saved: false, currentVersion: 2 });
    expect(await s.getRoleMapping()).toEqual(r2);
    expect((await s.listRoleMappingVersions()).map((v) => v.reason)).toEqual(['again', 'defaults']);
  });

  it('makes the ack-link key once and keeps it', async () => {
    const s = make();
    const k = await s.ackSigningSecret();
    expect(k.length).toBeGreaterThanOrEqual(16);
    expect(await s.ackSigningSecret()).toBe(k);
  });

  it('lets a single-use key be used once', async () => {
    const s = make();
    expect(await s.useOnce('ack:abc', 600)).toBe(true);
    expect(await s.useOnce('ack:abc', 600)).toBe(false);
    expect(await s.useOnce('ack:def', 600)).toBe(true);
  });

  it('tells whether a single-use key was used, without using it', async () => {
    const s = make();
    expect(await s.wasUsed('ack:abc')).toBe(false);
    expect(await s.wasUsed('ack:abc')).toBe(false);
    expect(await s.useOnce('ack:abc', 600)).toBe(true);
    expect(await s.wasUsed('ack:abc')).toBe(true);
    await s.forgetUse('ack:abc');
    expect(await s.wasUsed('ack:abc')).toBe(false);
    expect(await s.useOnce('ack:abc', 600)).toBe(true);
  });

  it('stores schedules with their instants intact, and deletes them', async () => {
    const s = make();
    const record = { schedule: schedule(), savedBy: 'admin-ada', savedAt: '2026-11-27T09:00:00.000Z', memberSince: { 'agent-ana': '2026-11-27T09:00:00.000Z' } };
    await s.saveSchedule(record);
    expect(await s.getSchedule('ops-primary')).toEqual(record);
    expect((await s.getSchedule('ops-primary'))!.schedule.overrides[0]!.start).toBeInstanceOf(Date);
    expect(await s.listSchedules()).toEqual([record]);
    await s.deleteSchedule('ops-primary');
    expect(await s.getSchedule('ops-primary')).toBeNull();
  });

  it('keeps duty confirmations per person', async () => {
    const s = make();
    expect(await s.getDutyConfirmation('agent-ana')).toBeNull();
    await s.saveDutyConfirmation({ accountId: 'agent-ana', confirmedAt: '2026-11-27T09:00:00.000Z' });
    expect(await s.getDutyConfirmation('agent-ana')).toEqual({ accountId: 'agent-ana', confirmedAt: '2026-11-27T09:00:00.000Z' });
  });

  it('lists role audits newest first, and updates one in place when attested', async () => {
    const s = make();
    const a = (id: string, ranAt: string) => ({ id, ranAt, ranBy: 'admin-ada', findings: [], attestation: null });
    await s.saveRoleAudit(a('audit-1', '2026-11-27T09:00:00.000Z'));
    await s.saveRoleAudit(a('audit-2', '2026-11-28T09:00:00.000Z'));
    expect((await s.listRoleAudits(10)).map((x) => x.id)).toEqual(['audit-2', 'audit-1']);
    const attested = { ...a('audit-1', '2026-11-27T09:00:00.000Z'), attestation: { by: 'admin-ada', at: '2026-11-29T09:00:00.000Z', statement: 'ok' } };
    await s.saveRoleAudit(attested);
    expect(await s.getRoleAudit('audit-1')).toEqual(attested);
    expect(await s.listRoleAudits(10)).toHaveLength(2);
  });
});

describe.each<[string, () => { store: Store; advanceDays: (d: number) => Promise<void> }]>([
  ['MemoryStore', () => {
    let now = T0;
    return { store: new MemoryStore(() => now), advanceDays: async (d) => { now += d * 86_400_000; } };
  }],
  ['KvsStore on @forge/kvs', () => {
    const r = bareRuntime();
    runtime = r;
    return { store: new KvsStore(), advanceDays: (d) => r.advance(d * 86_400_000) };
  }],
])('Store contract (the access log): %s', (_name, make) => {
  const entry = (at: string, action = 'savePolicy') => ({ at, accountId: 'customer-cy', action, issueKey: null, allowed: false, reason: 'no' });

  it('keeps entries written in the same millisecond by the same person for the same action', async () => {
    const { store } = make();
    await store.appendAccessLog({ ...entry('2026-11-27T09:00:00.000Z'), reason: 'first' });
    await store.appendAccessLog({ ...entry('2026-11-27T09:00:00.000Z'), reason: 'second' });
    expect((await store.listAccessLog(10)).map((e) => e.reason).sort()).toEqual(['first', 'second']);
  });

  it(`forgets entries after the retention of ${ACCESS_LOG_RETENTION_DAYS} days`, async () => {
    const { store, advanceDays } = make();
    await store.appendAccessLog(entry(new Date(T0).toISOString()));
    await advanceDays(ACCESS_LOG_RETENTION_DAYS - 1);
    expect(await store.listAccessLog(10)).toHaveLength(1);
    await advanceDays(2);
    expect(await store.listAccessLog(10)).toEqual([]);
  });

  it('counts refusals per account and window', async () => {
    const { store } = make();
    expect(await store.countRefusal('customer-cy', T0, 600)).toBe(1);
    expect(await store.countRefusal('customer-cy', T0, 600)).toBe(2);
    expect(await store.countRefusal('agent-ana', T0, 600)).toBe(1);
    expect(await store.countRefusal('customer-cy', T0 + 600_000, 600)).toBe(1);
  });
});
