import { KvsDrillStore } from '../../../src/adapters/forge/kvsDrillStore.js';
import { MemoryDrillStore } from '../../../src/adapters/memory/memoryDrillStore.js';
import type { StoredTabletopScenario } from '../../../src/contracts/tabletop.js';
import type { DrillStore } from '../../../src/ports/drillStore.js';
import { bareRuntime } from '../../sandbox/forge/helpers.js';
import { aTabletopScenario } from '../../support/tabletopBuilders.js';

let runtime: ReturnType<typeof bareRuntime> | null = null;
afterEach(() => { runtime?.close(); runtime = null; });

/** Tabletop scenarios in the drill store: the in-memory twin behaves like KVS (the sandbox's emulator). */
describe.each<[string, () => DrillStore]>([
  ['MemoryDrillStore', () => new MemoryDrillStore()],
  ['KvsDrillStore on @forge/kvs', () => { runtime = bareRuntime(); return new KvsDrillStore(); }],
])('DrillStore tabletop scenarios: %s', (_name, make) => {
  const stored = (version: number, name: string, id = 'payments-outage'): StoredTabletopScenario =>
    ({ version, scenario: aTabletopScenario({ id, name }), savedBy: 'admin-ada', savedAt: '2026-11-27T09:00:00.000Z', reason: `v${version}` });

  it('saves each version once: a second writer of the same version is told the current one and the head keeps the first writer\'s', async () => {
    const s = make();
    expect(await s.saveTabletopScenarioVersion(stored(1, 'Payments outage'))).toEqual({ saved: true });
    expect(await s.saveTabletopScenarioVersion(stored(2, 'Payments and network outage'))).toEqual({ saved: true });
    expect(await s.saveTabletopScenarioVersion(stored(2, 'Racing edit'))).toEqual({ saved: false, currentVersion: 2 });
    expect((await s.getTabletopScenario('payments-outage'))?.scenario.name).toBe('Payments and network outage');
    expect(await s.getTabletopScenario('nothing-here')).toBeNull();
  });

  it('lists the current version of every scenario and no drill among them', async () => {
    const s = make();
    await s.saveTabletopScenarioVersion(stored(1, 'Payments outage'));
    await s.saveTabletopScenarioVersion(stored(2, 'Payments outage, v2'));
    await s.saveTabletopScenarioVersion(stored(1, 'Identity outage', 'identity-outage'));
    expect((await s.listTabletopScenarios()).map((x) => [x.scenario.id, x.version]).sort()).toEqual([['identity-outage', 1], ['payments-outage', 2]]);
    expect(await s.listDrills()).toEqual([]);
  });
});
