import Database from 'better-sqlite3';
import { Queue } from '@forge/events';
import type { ForgeRuntime } from '../../../sandbox/forge/forgeRuntime.js';
import { VirtualClock } from '../../../sandbox/forge/virtualClock.js';
import { fixtureRuntime } from './helpers.js';

type Delivered = { kind: string; event: { eventId: string; jobId: string; body: Record<string, unknown>; retryContext?: { retryCount: number } } };

let seen: Delivered[];
let db: Database.Database;
const open: ForgeRuntime[] = [];
const T0 = Date.UTC(2026, 10, 27, 9, 0, 0);

/** A runtime on the shared database, its clock resuming at `at` as the sandbox's saved clock does. */
function start(at: number): ForgeRuntime {
  const { runtime } = fixtureRuntime({ queueDb: db, clock: new VirtualClock({ startAt: at, speed: 0 }) });
  open.push(runtime);
  return runtime;
}

beforeEach(async () => {
  db = new Database(':memory:');
  ({ seen } = (await import('./fixtures/index.js')) as unknown as { seen: Delivered[] });
  seen.length = 0;
});
afterEach(() => {
  for (const r of open.splice(0)) r.close();
  db.close();
});

describe('queued events survive a runtime restart', () => {
  it('delivers a delayed event pushed before the restart, once, at its original due time', async () => {
    const first = start(T0);
    const { jobId } = await new Queue({ key: 'modern' }).push({ body: { incident: 'INC-7' }, delayInSeconds: 600 });
    await first.advance(60_000);
    first.close();
    open.length = 0;

    const second = start(T0 + 60_000);
    await second.advance(539_000);
    expect(seen.filter((s) => s.kind === 'modern')).toHaveLength(0);
    await second.advance(1_000);
    expect(seen.filter((s) => s.kind === 'modern').map((s) => [s.event.jobId, s.event.body])).toEqual([[jobId, { incident: 'INC-7' }]]);
    await second.advance(3_600_000);
    expect(seen.filter((s) => s.kind === 'modern')).toHaveLength(1);
  });

  it('keeps a pending retry with its retry count, and fires an event already due on start', async () => {
    const first = start(T0);
    await new Queue({ key: 'work' }).push({ body: { failTimes: 2 } });
    await first.settle();
    const consumed = () => seen.filter((s) => s.kind === 'consumer').map((s) => s.event.retryContext?.retryCount ?? 0);
    expect(consumed()).toEqual([0]);
    first.close();
    open.length = 0;

    // Restarted 45 s later: the first retry (due after 30 s) is already late and goes out at once.
    const second = start(T0 + 45_000);
    await second.settle();
    await second.advance(30_000);
    expect(consumed()).toEqual([0, 1, 2]);
    await second.advance(600_000);
    expect(consumed()).toEqual([0, 1, 2]);
  });

  it('forgets a cancelled job, and leaves nothing behind once delivered', async () => {
    const first = start(T0);
    const queue = new Queue({ key: 'modern' });
    const { jobId } = await queue.push({ body: { n: 1 }, delayInSeconds: 300 });
    await queue.push({ body: { n: 2 }, delayInSeconds: 60 });
    await queue.cancel(jobId);
    await first.advance(120_000);
    first.close();
    open.length = 0;
    const second = start(T0 + 120_000);
    await second.advance(900_000);
    expect(seen.filter((s) => s.kind === 'modern').map((s) => s.event.body)).toEqual([{ n: 2 }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM queue_pending').get()).toEqual({ n: 0 });
  });
});
