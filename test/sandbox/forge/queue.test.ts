import { Queue, TooManyEventsError, InvalidPushSettingsError } from '@forge/events';
import { kvs } from '@forge/kvs';
import type { ForgeRuntime } from '../../../sandbox/forge/forgeRuntime.js';
import { fixtureRuntime } from './helpers.js';

let runtime: ForgeRuntime;
let seen: Array<{ kind: string; event: unknown; context: unknown }>;
beforeEach(async () => {
  ({ runtime } = fixtureRuntime());
  ({ seen } = await import('./fixtures/index.js'));
  seen.length = 0;
});
afterEach(() => runtime.close());

type Delivered = { kind: string; event: { body: Record<string, unknown>; retryContext?: { retryCount: number; retryReason: string; retryData?: unknown } } };
const deliveries = (kind: string) => (seen as Delivered[]).filter((s) => s.kind === kind);

describe('@forge/events Queue on virtual time', () => {
  it('delivers a delayed event only once the clock passes its delay', async () => {
    const queue = new Queue({ key: 'modern' });
    const { jobId } = await queue.push({ body: { incident: 'INC-1' }, delayInSeconds: 120 });
    await runtime.settle();
    await runtime.advance(119_000);
    expect(deliveries('modern')).toHaveLength(0);
    await runtime.advance(1_000);
    expect(deliveries('modern')).toEqual([
      expect.objectContaining({ event: expect.objectContaining({ queueName: 'modern', jobId, body: { incident: 'INC-1' } }) }),
    ]);
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 1, inProgress: 0, failed: 0 });
  });

  it('delivers an undelayed event on settle, and the consumer can use KVS', async () => {
    await new Queue({ key: 'modern' }).push([{ body: { n: 1 } }, { body: { n: 2 } }]);
    await runtime.settle();
    const { results } = await kvs.query().getMany();
    expect(results.map((r) => r.value)).toEqual(expect.arrayContaining([{ n: 1 }, { n: 2 }]));
  });

  it('retries a resolver-style consumer that returns InvocationError, with retryContext', async () => {
    await new Queue({ key: 'work' }).push({ body: { failTimes: 2 } });
    await runtime.settle();
    expect(deliveries('consumer')).toHaveLength(1);
    await runtime.advance(30_000);
    await runtime.advance(30_000);
    expect(deliveries('consumer').map((d) => d.event.retryContext)).toEqual([
      undefined,
      { retryCount: 1, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { n: 1 } },
      { retryCount: 2, retryReason: 'FUNCTION_RETRY_REQUEST', retryData: { n: 1 } },
    ]);
  });

  it('gives up after four retries and counts the event as failed', async () => {
    const queue = new Queue({ key: 'modern' });
    const { jobId } = await queue.push({ body: { throwRetry: true } });
    await runtime.advance(60_000);
    expect(deliveries('modern').map((d) => d.event.retryContext?.retryCount ?? 0)).toEqual([0, 1, 2, 3, 4]);
    expect(await queue.getJob(jobId).getStats()).toEqual({ success: 0, inProgress: 0, failed: 1 });
  });

  it('rejects 51 events and a delay over 900 seconds before anything is queued', async () => {
    const queue = new Queue({ key: 'modern' });
    const events = Array.from({ length: 51 }, (_, i) => ({ body: { i } }));
    await expect(queue.push(events)).rejects.toBeInstanceOf(TooManyEventsError);
    await expect(queue.push({ body: {}, delayInSeconds: 901 })).rejects.toBeInstanceOf(InvalidPushSettingsError);
    await runtime.settle();
    expect(deliveries('modern')).toHaveLength(0);
  });

  it('cancels the undelivered events of a job', async () => {
    const queue = new Queue({ key: 'modern' });
    const { jobId } = await queue.push({ body: {}, delayInSeconds: 60 });
    await queue.cancel(jobId);
    await runtime.advance(120_000);
    expect(deliveries('modern')).toHaveLength(0);
    expect(await queue.getStats(jobId)).toEqual({ success: 0, inProgress: 0, failed: 1 });
  });
});

describe('queue publish endpoint limits (what the platform enforces even if an SDK did not)', () => {
  const publish = (payload: unknown[]) =>
    runtime.queue.handle('/webhook/queue/publish/{contextAri}/{environmentId}/{appId}/{appVersion}', {
      queueName: 'modern',
      jobId: 'job-1',
      payload,
    });

  it('answers 400 for 51 events and 413 for more than 200 KB', () => {
    expect(publish(Array.from({ length: 51 }, () => ({ body: {} }))).status).toBe(400);
    expect(publish([{ body: { blob: 'x'.repeat(201 * 1024) } }])).toEqual({
      status: 413,
      body: { errorMessage: 'The maximum payload size is 200KB.' },
    });
  });
});
