import { Queue } from '@forge/events';
import type { ForgeRuntime } from '../../../sandbox/forge/forgeRuntime.js';
import { FaultInjector } from '../../../sandbox/server/faultInjector.js';
import { fixtureRuntime } from './helpers.js';

let runtime: ForgeRuntime;
let seen: Array<{ kind: string; event: { body: Record<string, unknown> } }>;
const faults = new FaultInjector();
beforeEach(async () => {
  faults.clear();
  ({ runtime } = fixtureRuntime({ queueFaults: () => faults.queueFault() }));
  ({ seen } = (await import('./fixtures/index.js')) as unknown as { seen: typeof seen });
  seen.length = 0;
});
afterEach(() => runtime.close());

const bodies = () => seen.filter((s) => s.kind === 'modern').map((s) => s.event.body);

/** The platform delivers at least once and may be late: `queue` faults make both happen on purpose. */
describe('queue delivery faults', () => {
  it('delivers an event twice at the same moment, and the job counts both deliveries', async () => {
    faults.set(FaultInjector.parse({ queue: { share: 1, duplicate: true } }));
    const queue = new Queue({ key: 'modern' });
    const { jobId } = await queue.push({ body: { n: 1 }, delayInSeconds: 60 });
    await runtime.advance(60_000);
    expect(bodies()).toEqual([{ n: 1 }, { n: 1 }]);
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 2, inProgress: 0, failed: 0 });
    expect(faults.describe().injected.queue).toBe(1);
  });

  it('delivers late by lateSeconds, not before', async () => {
    faults.set(FaultInjector.parse({ queue: { share: 1, duplicate: false, lateSeconds: 120 } }));
    await new Queue({ key: 'modern' }).push({ body: { n: 2 }, delayInSeconds: 60 });
    await runtime.advance(179_000);
    expect(bodies()).toEqual([]);
    await runtime.advance(1_000);
    expect(bodies()).toEqual([{ n: 2 }]);
  });

  it('touches only the share of events asked for', async () => {
    faults.set(FaultInjector.parse({ queue: { share: 0.5 } }));
    await new Queue({ key: 'modern' }).push([{ body: { n: 1 } }, { body: { n: 2 } }]);
    await runtime.settle();
    expect(bodies()).toHaveLength(3);
  });
});
