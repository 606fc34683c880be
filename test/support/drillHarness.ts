import { MemoryDrillStore } from '../../src/adapters/memory/memoryDrillStore.js';
import { isolateDrills } from '../../src/app/drills/drill/isolateDrills.js';
import { appHarness } from './appHarness.js';

/** The app harness with a drill store, and the ports wrapped the way the composition root wraps them. */
export async function drillHarness() {
  const h = await appHarness();
  const drills = new MemoryDrillStore();
  const deps = isolateDrills({ ...h.deps, drills });
  return { ...h, drills, deps };
}
