import { KvsSyntheticStore } from '../../../src/adapters/forge/kvsSyntheticStore.js';
import { MemorySyntheticStore } from '../../../src/adapters/memory/memorySyntheticStore.js';
import { SyntheticCheckSchema, type SyntheticRun } from '../../../src/contracts/synthetic.js';
import type { SyntheticStore } from '../../../src/ports/syntheticStore.js';
import { bareRuntime } from '../../sandbox/forge/helpers.js';

let runtime: ReturnType<typeof bareRuntime> | null = null;
afterEach(() => { runtime?.close(); runtime = null; });

const run = (checkId: string, startMs: number, status: SyntheticRun['status']): SyntheticRun => ({
  schema: 1, id: `${checkId}.${String(startMs).padStart(15, '0')}`, checkId, startedAt: new Date(startMs).toISOString(), boundAt: new Date(startMs + 300_000).toISOString(),
  status, incidentKey: 'ITOPS-9', hops: [{ hop: 'sent', at: new Date(startMs).toISOString(), latencyMs: 0, detail: '' }], reason: null, failureIncidentKey: null, finishedAt: null,
});

/** The in-memory twin must behave like the KVS store Forge runs (here on the sandbox's KVS emulator). */
describe.each<[string, () => SyntheticStore]>([
  ['MemorySyntheticStore', () => new MemorySyntheticStore()],
  ['KvsSyntheticStore on @forge/kvs', () => { runtime = bareRuntime(); return new KvsSyntheticStore(); }],
])('SyntheticStore contract: %s', (_name, make) => {
  it('keeps checks by name and each check\'s runs newest first, apart from other checks\' runs', async () => {
    const s = make();
    await s.saveCheck(SyntheticCheckSchema.parse({ id: 'pager-path', name: 'Pager path', integrationId: 'prometheus' }));
    await s.saveCheck(SyntheticCheckSchema.parse({ id: 'email', name: 'Email path', integrationId: 'grafana' }));
    await s.saveRun(run('pager-path', 1_000_000, 'passed'));
    await s.saveRun(run('pager-path', 2_000_000, 'running'));
    await s.saveRun(run('email', 1_500_000, 'failed'));
    expect((await s.listChecks()).map((c) => c.id)).toEqual(['email', 'pager-path']);
    expect((await s.listRuns('pager-path', 10)).map((r) => r.status)).toEqual(['running', 'passed']);
    expect((await s.listRuns('pager-path', 1)).map((r) => r.status)).toEqual(['running']);
    expect(await s.getRun(run('email', 1_500_000, 'failed').id)).toEqual(run('email', 1_500_000, 'failed'));
    await s.deleteCheck('email');
    expect(await s.getCheck('email')).toBeNull();
  });
});
