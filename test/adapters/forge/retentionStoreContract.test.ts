import { KvsRetentionStore } from '../../../src/adapters/forge/kvsRetentionStore.js';
import { KvsDrillStore } from '../../../src/adapters/forge/kvsDrillStore.js';
import { KvsStore } from '../../../src/adapters/forge/kvsStore.js';
import { MemoryDrillStore } from '../../../src/adapters/memory/memoryDrillStore.js';
import { MemoryGovernanceStore } from '../../../src/adapters/memory/memoryGovernanceStore.js';
import { MemoryRetentionStore } from '../../../src/adapters/memory/memoryRetentionStore.js';
import { MemoryStore } from '../../../src/adapters/memory/memoryStore.js';
import { DEFAULT_RETENTION } from '../../../src/contracts/retention.js';
import { DrillScenarioSchema, type DrillRecord } from '../../../src/contracts/drills.js';
import type { DrillStore } from '../../../src/ports/drillStore.js';
import type { EventLogEntry } from '../../../src/contracts/events.js';
import type { RetentionStore } from '../../../src/ports/retentionStore.js';
import type { Store } from '../../../src/ports/store.js';
import { bareRuntime } from '../../sandbox/forge/helpers.js';

type Runtime = ReturnType<typeof bareRuntime>;
let runtime: Runtime | null = null;
afterEach(() => {
  runtime?.close();
  runtime = null;
});

const event = (incidentKey: string, seq: number): EventLogEntry => ({
  incidentKey, at: `2024-01-0${seq + 1}T09:00:00.000Z`, type: 'paged', path: 'technical', level: 1, loop: 0, detail: 'paged', policyId: 'p', policyVersion: 1, seq,
});
const checkpoint = { runId: 'purge-1', startedAt: '2026-12-03T09:00:00.000Z', typeIndex: 0, cursor: null, batches: 1, done: false };

const aDrill = (issueKey: string, endedAt: string | null): DrillRecord => ({
  schema: 1, issueKey, programmeId: null, policyId: 'p', policyVersion: 1, scenario: DrillScenarioSchema.parse({}), participants: [], status: endedAt ? 'ended' : 'running',
  startedAt: '2024-01-01T09:00:00.000Z', startedBy: 'admin-ada', endsAt: '2024-01-01T11:00:00.000Z', endedAt, endReason: endedAt ? 'acknowledged' : null, endedBy: null, pages: [], withheld: [], findings: [], tabletop: null,
});

describe.each<[string, () => { retention: RetentionStore; store: Store; drills: DrillStore }]>([
  ['MemoryRetentionStore', () => { const store = new MemoryStore(); const drills = new MemoryDrillStore(); return { store, drills, retention: new MemoryRetentionStore(store, new MemoryGovernanceStore(), drills) }; }],
  ['KvsRetentionStore on @forge/kvs', () => { runtime = bareRuntime(); return { store: new KvsStore(), drills: new KvsDrillStore(), retention: new KvsRetentionStore() }; }],
])('RetentionStore contract: %s', (_name, make) => {
  it('keeps every settings version and saves only the next one', async () => {
    const { retention } = make();
    const v = (version: number) => ({ schema: 1 as const, version, days: DEFAULT_RETENTION, savedBy: 'admin-ada', savedAt: '2026-12-03T09:00:00.000Z', reason: 'r' });
    expect(await retention.saveSettings(v(2))).toEqual({ saved: false, currentVersion: 0 });
    expect(await retention.saveSettings(v(1))).toEqual({ saved: true });
    expect(await retention.saveSettings(v(2))).toEqual({ saved: true });
    expect(await retention.saveSettings(v(2))).toMatchObject({ saved: false });
    expect((await retention.listSettingsVersions()).map((x) => x.version)).toEqual([2, 1]);
    expect((await retention.getSettings())?.version).toBe(2);
  });

  it('scans a type in pages and deletes a batch together with its checkpoint and record', async () => {
    const { retention, store } = make();
    await store.appendEvents([event('ITOPS-1', 0), event('ITOPS-1', 1), event('ITOPS-2', 2)]);
    const first = await retention.scan('escalationEvents', null, 2);
    expect(first.items).toHaveLength(2);
    expect(first.items[0]).toMatchObject({ incidentKey: 'ITOPS-1', at: '2024-01-01T09:00:00.000Z' });
    expect(first.cursor).not.toBeNull();
    const rest = await retention.scan('escalationEvents', first.cursor, 2);
    expect(rest.items.map((i) => i.incidentKey)).toEqual(['ITOPS-2']);
    const record = { runId: 'purge-1', batch: 1, at: '2026-12-03T09:00:00.000Z', type: 'escalationEvents' as const, count: 2, oldest: '2024-01-01T09:00:00.000Z', newest: '2024-01-02T09:00:00.000Z' };
    await retention.commitBatch(first.items.map((i) => i.key), checkpoint, record);
    expect(await store.listEvents('ITOPS-1')).toEqual([]);
    expect(await store.listEvents('ITOPS-2')).toHaveLength(1);
    expect(await retention.getCheckpoint()).toEqual(checkpoint);
    expect(await retention.listPurgeRecords(10)).toEqual([record]);
  });

  it('offers ended drills as old as their end, never a running one, and deletes them', async () => {
    const { retention, drills } = make();
    await drills.saveDrill(aDrill('ITOPS-90', '2024-01-01T09:20:00.000Z'));
    await drills.saveDrill(aDrill('ITOPS-91', null));
    const page = await retention.scan('drills', null, 10);
    expect(page.items.map((i) => [i.incidentKey, i.at])).toEqual([['ITOPS-90', '2024-01-01T09:20:00.000Z']]);
    await retention.commitBatch(page.items.map((i) => i.key), { ...checkpoint, typeIndex: 3 }, null);
    expect(await drills.getDrill('ITOPS-90')).toBeNull();
    expect(await drills.getDrill('ITOPS-91')).not.toBeNull();
  });
});
