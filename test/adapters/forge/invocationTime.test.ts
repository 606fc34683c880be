import { remainingInvocationMs } from '../../../src/adapters/forge/invocationTime.js';
import { installForgeSeams } from '../../../sandbox/forge/seams.js';
import { invocationStore } from '../../../sandbox/forge/invoke/invocationScope.js';

const info = {
  appId: 'app', appVersion: '1', environmentId: 'env', environmentType: 'DEVELOPMENT' as const,
  installationId: 'inst', cloudId: 'cloud', siteUrl: 'https://site.test', scopes: [],
};

describe('the time an invocation has left, through @forge/api\'s invocation context', () => {
  it('is what the runtime says is left of this invocation (the sandbox: its deadline)', async () => {
    const restore = installForgeSeams(async () => { throw new Error('no platform calls here'); }, info);
    try {
      const deadline = Date.now() + 42_000;
      const left = await invocationStore.run({ invocationId: 'i1', functionKey: 'sweep', moduleKey: 'escalation-sweep', kind: 'scheduledTrigger', deadline },
        async () => remainingInvocationMs());
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThanOrEqual(42_000);
    } finally {
      restore();
    }
  });

  it('is never guessed: a runtime that cannot tell makes it throw Forge\'s own reason, not assume 300 s', () => {
    const g = globalThis as { __forge_runtime__?: unknown };
    const before = g.__forge_runtime__;
    g.__forge_runtime__ = { appContext: { appId: 'app', environmentId: 'env', installationId: 'inst' }, lambdaContext: {} };
    try {
      expect(() => remainingInvocationMs()).toThrow('Lambda remaining time is not available');
    } finally {
      g.__forge_runtime__ = before;
    }
  });
});
