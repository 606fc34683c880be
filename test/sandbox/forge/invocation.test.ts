import type { ForgeRuntime } from '../../../sandbox/forge/forgeRuntime.js';
import { fixtureRuntime, type fakeJira } from './helpers.js';

let runtime: ForgeRuntime;
let jira: ReturnType<typeof fakeJira>;
beforeEach(() => {
  ({ runtime, jira } = fixtureRuntime());
});
afterEach(() => runtime.close());

const panelCall = (functionKey: string, payload?: unknown) => ({
  moduleKey: 'fixture-panel',
  functionKey,
  payload,
  accountId: 'user-42',
  extension: { issue: { id: '10001', key: 'INC-1', type: 'Incident' }, project: { id: '100', key: 'INC', type: 'service_desk' } },
});

describe('resolver invocation through @forge/resolver', () => {
  it('hands the resolver the Forge context, with the invoking user from the backend payload', async () => {
    const result = (await runtime.invokeResolver(panelCall('whoAmI', { hello: 'world' }))) as {
      context: Record<string, unknown>;
      remainingMs: number;
      moduleKey: string;
    };
    expect(result.context).toMatchObject({
      accountId: 'user-42',
      cloudId: 'sandbox-cloud',
      moduleKey: 'fixture-panel',
      installContext: 'ari:cloud:jira::site/sandbox-cloud',
      extension: { type: 'jira:issuePanel', issue: { key: 'INC-1' }, project: { key: 'INC' } },
    });
    expect(result.moduleKey).toBe('fixture-panel');
    expect(result.remainingMs).toBeGreaterThan(0);
    expect(result.remainingMs).toBeLessThanOrEqual(25_000);
  });

  it('sends asApp().requestJira to the Jira handler as the app, with the query parsed', async () => {
    const result = await runtime.invokeResolver(panelCall('myselfAsApp'));
    expect(result).toEqual({ status: 200, body: { accountId: 'app-account', accountType: 'app' } });
    expect(jira.requests[0]).toMatchObject({ method: 'GET', path: '/rest/api/3/myself', query: { expand: 'groups' }, actor: { type: 'app' } });
  });

  it('sends asUser().requestJira as the invoking user', async () => {
    const result = await runtime.invokeResolver(panelCall('myselfAsUser'));
    expect(result).toEqual({ status: 200, body: { accountId: 'user-42', accountType: 'atlassian' } });
    expect(jira.requests[0]?.actor).toEqual({ type: 'user', accountId: 'user-42' });
  });

  it('fails a resolver that runs past its time limit with FUNCTION_TIME_OUT', async () => {
    runtime.close();
    ({ runtime } = fixtureRuntime({ timeLimits: { resolver: 50 } }));
    await expect(runtime.invokeResolver(panelCall('hang'))).rejects.toMatchObject({
      name: 'InvocationTimeoutError',
      code: 'FUNCTION_TIME_OUT',
    });
  });

  it('captures console output with invocation id, function key and virtual time', async () => {
    const at = runtime.clock.now();
    await runtime.invokeResolver(panelCall('whoAmI', { n: 1 }));
    const logs = runtime.getLogs({ functionKey: 'resolver' });
    expect(logs).toEqual([
      expect.objectContaining({ level: 'log', functionKey: 'resolver', at, message: "whoAmI called with { n: 1 }" }),
    ]);
    expect(logs[0]?.invocationId).toEqual(runtime.invoker.history[0]?.invocationId);
    expect(runtime.getLogs({ since: at + 1 })).toEqual([]);
  });

  it('returns the stable webtrigger URL from webTrigger.getUrl', async () => {
    expect(await runtime.invokeResolver(panelCall('hookUrl'))).toBe('http://127.0.0.1:8787/x/webtrigger/fixture-hook');
  });
});

describe('triggers', () => {
  it('fires the scheduled trigger every five virtual minutes', async () => {
    const { seen } = await import('./fixtures/index.js');
    const sweeps = () => seen.filter((s) => s.kind === 'sweep').length;
    const before = sweeps();
    await runtime.advance(4 * 60_000);
    expect(sweeps()).toBe(before);
    await runtime.advance(60_000);
    expect(sweeps()).toBe(before + 1);
    await runtime.advance(10 * 60_000);
    expect(sweeps()).toBe(before + 3);
    expect(runtime.getLogs({ functionKey: 'sweep' }).map((l) => l.at - runtime.clock.now())).toEqual([
      -10 * 60_000,
      -5 * 60_000,
      0,
    ]);
  });

  it('runs a scheduled trigger on demand with the scheduled-trigger event', async () => {
    const outcome = await runtime.runScheduledNow('fixture-sweep');
    expect(outcome.ok).toBe(true);
    const { seen } = await import('./fixtures/index.js');
    expect(seen.at(-1)).toMatchObject({ kind: 'sweep', event: { context: { cloudId: 'sandbox-cloud', moduleKey: 'fixture-sweep' } } });
  });

  it('delivers a product event only to triggers subscribed to its type', async () => {
    expect(await runtime.fireProductEvent({ eventType: 'avi:jira:updated:issue', issue: { key: 'INC-1' } })).toEqual([]);
    const [outcome] = await runtime.fireProductEvent({ eventType: 'avi:jira:created:issue', issue: { key: 'INC-2' } });
    expect(outcome?.ok).toBe(true);
    const { seen } = await import('./fixtures/index.js');
    expect(seen.at(-1)).toMatchObject({
      kind: 'issueEvent',
      event: { eventType: 'avi:jira:created:issue', issue: { key: 'INC-2' }, context: { moduleKey: 'fixture-issue-events' } },
      context: { installContext: 'ari:cloud:jira::site/sandbox-cloud' },
    });
  });

  it('answers a webtrigger with the handler response, headers and query as lists', async () => {
    const res = await runtime.invokeWebtrigger('fixture-hook', {
      method: 'post',
      headers: { 'X-Signature': 'abc' },
      queryParameters: { a: '1' },
      body: JSON.stringify({ alert: 'cpu' }),
    });
    expect(res.statusCode).toBe(202);
    expect(JSON.parse(res.body ?? '')).toEqual({ got: { alert: 'cpu' }, sig: 'abc', q: ['1'] });
  });
});
