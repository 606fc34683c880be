import { Queue } from '@forge/events';
import type { ForgeRuntime } from '../../../sandbox/forge/forgeRuntime.js';
import { fixtureRuntime } from './helpers.js';

let runtime: ForgeRuntime;
afterEach(() => runtime.close());

describe('platform edges', () => {
  it('refuses asUser() in an invocation without a user, as NEEDS_AUTHENTICATION_ERR', async () => {
    ({ runtime } = fixtureRuntime());
    const outcome = await runtime.invokeFunction('userCall', [{}, {}], { kind: 'function', moduleKey: 'none' });
    expect(outcome.ok).toBe(false);
    expect(outcome.error?.name).toBe('NEEDS_AUTHENTICATION_ERR');
  });

  it('retries a consumer that times out, with retryReason FUNCTION_TIME_OUT', async () => {
    ({ runtime } = fixtureRuntime({ timeLimits: { other: 20 } }));
    const { seen } = await import('./fixtures/index.js');
    seen.length = 0;
    await new Queue({ key: 'modern' }).push({ body: { hang: true } });
    await runtime.settle();
    await runtime.advance(1_000);
    const retryContexts = seen.map((s) => (s.event as { retryContext?: unknown }).retryContext);
    expect(retryContexts).toEqual([undefined, { retryCount: 1, retryReason: 'FUNCTION_TIME_OUT' }]);
    expect(runtime.getLogs({ functionKey: 'modernConsumer' })[0]?.message).toContain('timed out after 0.02 s');
  });

  it('lets settle() finish work a resolver started: an undelayed push is delivered', async () => {
    ({ runtime } = fixtureRuntime());
    const { seen } = await import('./fixtures/index.js');
    seen.length = 0;
    await runtime.invokeResolver({
      moduleKey: 'fixture-panel',
      functionKey: 'enqueue',
      accountId: 'user-1',
      payload: { queue: 'work', events: [{ body: { n: 1 } }] },
    });
    await runtime.settle();
    expect(seen.map((s) => s.kind)).toEqual(['consumer']);
    expect(seen[0]?.context).toMatchObject({ jobId: (seen[0]?.event as { jobId: string }).jobId });
  });
});
