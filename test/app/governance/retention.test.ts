import { MemoryDrillStore } from '../../../src/adapters/memory/memoryDrillStore.js';
import { MemoryGovernanceStore } from '../../../src/adapters/memory/memoryGovernanceStore.js';
import { DrillScenarioSchema } from '../../../src/contracts/drills.js';
import { MemoryRetentionStore } from '../../../src/adapters/memory/memoryRetentionStore.js';
import { MemoryStore } from '../../../src/adapters/memory/memoryStore.js';
import { getRetention, placeHold, releaseHold, saveRetention } from '../../../src/app/governance/retention/retentionAdmin.js';
import { runPurge } from '../../../src/app/governance/retention/runPurge.js';
import { DEFAULT_RETENTION } from '../../../src/contracts/retention.js';
import type { EventLogEntry } from '../../../src/contracts/events.js';
import { ManualClock } from '../../../src/adapters/memory/memoryQueue.js';
import { ADMIN, AGENT, appHarness } from '../../support/appHarness.js';

const NOW = Date.parse('2026-12-03T09:00:00.000Z');
const DAY = 86_400_000;
const event = (incidentKey: string, daysAgo: number, seq: number): EventLogEntry => ({
  incidentKey, at: new Date(NOW - daysAgo * DAY).toISOString(), type: 'paged', path: 'technical', level: 1, loop: 0, detail: 'paged', policyId: 'default', policyVersion: 1, seq,
});

/** 60 incidents: 50 closed three years ago, 10 last month; and 30 access-log entries two years old. */
async function history() {
  const clock = new ManualClock(NOW);
  const store = new MemoryStore(() => clock.now());
  const governance = new MemoryGovernanceStore();
  const retention = new MemoryRetentionStore(store, governance);
  for (let i = 1; i <= 60; i += 1) await store.appendEvents([0, 1, 2].map((s) => event(`OLD-${i}`, i <= 50 ? 1100 : 30, s)));
  for (let i = 0; i < 30; i += 1) await store.appendAccessLog({ at: new Date(NOW - (800 + i) * DAY).toISOString(), accountId: 'agent-ana', action: 'escalate', issueKey: i < 5 ? 'OLD-1' : null, allowed: true, reason: 'r' });
  return { clock, store, governance, retention, deps: { retention, clock } };
}

const eventCount = (s: MemoryStore) => [...s.events.values()].reduce((n, m) => n + m.size, 0);

describe('the daily purge', () => {
  it('deletes what has expired, in recorded batches, and keeps what is younger', async () => {
    const { store, retention, deps } = await history();
    const r = await runPurge(deps);
    expect(r).toMatchObject({ deleted: 150 + 30, finished: true });
    expect(eventCount(store)).toBe(30);
    expect(store.access).toHaveLength(0);
    const byType = retention.records.reduce<Record<string, number>>((m, x) => ({ ...m, [x.type]: (m[x.type] ?? 0) + x.count }), {});
    expect(byType).toEqual({ escalationEvents: 150, accessLog: 30 });
    for (const rec of retention.records) {
      expect(rec.count).toBeLessThanOrEqual(23);
      expect(Object.keys(rec).sort()).toEqual(['at', 'batch', 'count', 'newest', 'oldest', 'runId', 'type']);
    }
  });

  it('resumes after being killed mid-run and deletes everything exactly once', async () => {
    const { store, retention, deps } = await history();
    retention.failNextCommits = 0;
    // The third batch fails: the run dies there.
    let commits = 0;
    const commit = retention.commitBatch.bind(retention);
    retention.commitBatch = async (...a) => { commits += 1; if (commits === 3) throw new Error('killed'); return commit(...a); };
    await expect(runPurge(deps)).rejects.toThrow('killed');
    const afterCrash = eventCount(store);
    expect(afterCrash).toBeLessThan(180);
    expect(afterCrash).toBeGreaterThan(30);
    const resumed = await runPurge(deps);
    expect(resumed.finished).toBe(true);
    expect(eventCount(store)).toBe(30);
    expect(store.access).toHaveLength(0);
    // Nothing is counted twice: the records add up to what was there.
    expect(retention.records.reduce((n, r) => n + r.count, 0)).toBe(180);
    expect(new Set(retention.records.map((r) => r.runId)).size).toBe(1);
  });

  it('runs in bounded steps: a small budget leaves a checkpoint the next run continues from', async () => {
    const { store, retention, deps } = await history();
    const first = await runPurge(deps, 1);
    expect(first.finished).toBe(false);
    expect((await retention.getCheckpoint())).toMatchObject({ done: false, typeIndex: 0, cursor: expect.any(String) });
    let runs = 1;
    while (!(await runPurge(deps, 1)).finished) runs += 1;
    expect(runs).toBeGreaterThan(1);
    expect(eventCount(store)).toBe(30);
  });

  it('purges drills that ended before the drills retention, never a running one or one under a hold', async () => {
    const clock = new ManualClock(NOW);
    const store = new MemoryStore(() => clock.now());
    const drills = new MemoryDrillStore();
    const retention = new MemoryRetentionStore(store, new MemoryGovernanceStore(), drills);
    const drill = (issueKey: string, endedDaysAgo: number | null) => drills.saveDrill({ schema: 1, issueKey, programmeId: null, policyId: 'default', policyVersion: 1,
      scenario: DrillScenarioSchema.parse({}), participants: [], status: endedDaysAgo === null ? 'running' : 'ended', startedAt: new Date(NOW - 1200 * DAY).toISOString(), startedBy: ADMIN.accountId,
      endsAt: new Date(NOW - 1200 * DAY + 7_200_000).toISOString(), endedAt: endedDaysAgo === null ? null : new Date(NOW - endedDaysAgo * DAY).toISOString(),
      endReason: endedDaysAgo === null ? null : 'acknowledged', endedBy: null, pages: [], withheld: [], findings: [], tabletop: null });
    await drill('ITOPS-90', 1100);
    await drill('ITOPS-91', 1100);
    await drill('ITOPS-92', 10);
    await drill('ITOPS-93', null);
    await retention.saveHold({ schema: 1, id: 'hold-d', scope: { kind: 'incident', issueKey: 'ITOPS-91' }, reason: 'claim', placedBy: ADMIN.accountId, placedAt: new Date(NOW).toISOString(), released: null });
    const r = await runPurge({ retention, clock });
    expect(r).toMatchObject({ deleted: 1, held: 1, finished: true });
    expect([...drills.drills.keys()].sort()).toEqual(['ITOPS-91', 'ITOPS-92', 'ITOPS-93']);
    expect(retention.records).toEqual([expect.objectContaining({ type: 'drills', count: 1, oldest: new Date(NOW - 1100 * DAY).toISOString() })]);
  });

  it('never touches held records, and is not repeated the same day', async () => {
    const { store, deps, retention, clock } = await history();
    await retention.saveHold({ schema: 1, id: 'hold-a', scope: { kind: 'incident', issueKey: 'OLD-1' }, reason: 'claim', placedBy: 'admin-ada', placedAt: new Date(NOW).toISOString(), released: null });
    await retention.saveHold({ schema: 1, id: 'hold-b', scope: { kind: 'period', from: '2023-12-01', to: '2023-12-31' }, reason: 'regulator', placedBy: 'admin-ada', placedAt: new Date(NOW).toISOString(), released: null });
    const r = await runPurge(deps);
    expect(r.held).toBeGreaterThan(0);
    expect(store.events.get('OLD-1')?.size).toBe(3);
    expect(store.access.filter((e) => e.issueKey === 'OLD-1')).toHaveLength(5);
    // 1,100 days before 3 Dec 2026 is 29 Nov 2023: the December hold does not cover it.
    expect(store.events.get('OLD-2')).toEqual(new Map());
    expect((await runPurge(deps)).deleted).toBe(0);
    clock.set(NOW + DAY);
    expect((await runPurge(deps)).runId).not.toBe(r.runId);
  });

  it('uses the saved retention: longer retention keeps the records', async () => {
    const { store, deps, retention } = await history();
    await retention.saveSettings({ schema: 1, version: 1, days: { ...DEFAULT_RETENTION, escalationEvents: 1200, accessLog: 900 }, savedBy: 'admin-ada', savedAt: new Date(NOW).toISOString(), reason: 'regulator' });
    expect((await runPurge(deps)).deleted).toBe(0);
    expect(eventCount(store)).toBe(180);
  });
});

describe('retention settings and legal holds', () => {
  async function admin() {
    const h = await appHarness();
    h.clock.set(NOW);
    const retention = new MemoryRetentionStore(h.store, new MemoryGovernanceStore());
    return { h, deps: { ...h.deps, retention } };
  }

  it('are versioned and every change access-logged with what changed', async () => {
    const { h, deps } = await admin();
    const v1 = await saveRetention(deps, ADMIN, { days: { ...DEFAULT_RETENTION, accessLog: 730 }, baseVersion: 0, reason: 'two years for SOX' });
    expect(v1).toMatchObject({ current: { version: 1, days: { accessLog: 730 } } });
    await expect(saveRetention(deps, ADMIN, { days: DEFAULT_RETENTION, baseVersion: 0, reason: 'stale' })).rejects.toMatchObject({ code: 'CONFLICT' });
    const v2 = await saveRetention(deps, ADMIN, { days: { ...DEFAULT_RETENTION, accessLog: 730, drills: 365 }, baseVersion: 1, reason: 'drills a year' });
    expect(v2.versions.map((v) => v.version)).toEqual([2, 1]);
    const log = (await h.store.listAccessLog(20)).filter((e) => e.action === 'saveRetention').map((e) => e.reason);
    expect(log).toEqual(['v2: drills 730→365 days — drills a year', 'v1: accessLog 400→730 days — two years for SOX']);
    await expect(saveRetention(deps, AGENT, { days: DEFAULT_RETENTION, baseVersion: 2, reason: 'mine' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('places and releases a hold, logged each time, and keeps the released hold as history', async () => {
    const { h, deps } = await admin();
    const placed = await placeHold(deps, ADMIN, { scope: { kind: 'incident', issueKey: 'ITOPS-7' }, reason: 'customer claim 2291' });
    const id = placed.holds[0]!.id;
    const released = await releaseHold(deps, ADMIN, { id, reason: 'claim settled' });
    expect(released.holds[0]).toMatchObject({ id, released: { by: ADMIN.accountId, reason: 'claim settled' } });
    await expect(releaseHold(deps, ADMIN, { id, reason: 'again' })).rejects.toMatchObject({ fields: [{ field: 'id' }] });
    expect((await h.store.listAccessLog(20)).filter((e) => /LegalHold/.test(e.action)).map((e) => [e.action, e.issueKey])).toEqual([['releaseLegalHold', 'ITOPS-7'], ['placeLegalHold', 'ITOPS-7']]);
    expect((await getRetention(deps, ADMIN)).days).toEqual(DEFAULT_RETENTION);
  });
});
