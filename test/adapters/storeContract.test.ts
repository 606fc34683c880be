import { KvsStore } from '../../src/adapters/forge/kvsStore.js';
import { MemoryStore } from '../../src/adapters/memory/memoryStore.js';
import type { EventLogEntry } from '../../src/contracts/events.js';
import { nextPolicyVersion } from '../../src/domain/policies/policyVersion.js';
import type { Store } from '../../src/ports/store.js';
import { aConfig, aPolicy, T0 } from '../support/builders.js';
import { bareRuntime } from '../sandbox/forge/helpers.js';

type Runtime = ReturnType<typeof bareRuntime>;
let runtime: Runtime | null = null;
afterEach(() => {
  runtime?.close();
  runtime = null;
});

/**
 * One contract, two stores: the in-memory twin the tests use must behave like the KVS store
 * Forge runs, which here goes through the real @forge/kvs onto the sandbox's KVS emulator.
 */
describe.each<[string, () => Store]>([
  ['MemoryStore', () => new MemoryStore(() => T0)],
  ['KvsStore on @forge/kvs', () => { runtime = bareRuntime(); return new KvsStore(); }],
])('Store contract: %s', (_name, make) => {
  const v = (n: number, name = `v${n}`) => nextPolicyVersion(aPolicy({ name }), n - 1, 'admin-ada', `change ${n}`, T0 + n);
  const event = (type: EventLogEntry['type'], at: string, seq = 0): EventLogEntry => ({
    incidentKey: 'ITOPS-1', at, type, path: 'technical', level: 1, loop: 0, detail: type, policyId: 'default', policyVersion: 1, seq });

  it('keeps the configuration', async () => {
    const s = make();
    expect(await s.getConfig()).toBeNull();
    await s.saveConfig(aConfig());
    expect(await s.getConfig()).toEqual(aConfig());
  });

  it('saves policy versions in order, keeps history, and refuses a second writer of the same version', async () => {
    const s = make();
    expect(await s.savePolicyVersion(v(1))).toEqual({ saved: true });
    expect(await s.savePolicyVersion(v(2, 'first'))).toEqual({ saved: true });
    expect(await s.savePolicyVersion(v(2, 'second'))).toEqual({ saved: false, currentVersion: 2 });
    expect((await s.getPolicy('default'))?.policy.name).toBe('first');
    expect((await s.listPolicyVersions('default')).map((r) => r.version)).toEqual([1, 2]);
    expect((await s.getPolicyVersion('default', 1))?.policy.name).toBe('v1');
    expect((await s.listPolicies()).map((r) => r.version)).toEqual([2]);
    await s.deletePolicy('default');
    expect(await s.getPolicy('default')).toBeNull();
  });

  it('lets the first claimant of an intent key act, and a released key be claimed again', async () => {
    const s = make();
    expect(await s.claimIntent('ITOPS-1/default@1/e1/technical/L1/r0/page', 900)).toBe(true);
    expect(await s.claimIntent('ITOPS-1/default@1/e1/technical/L1/r0/page', 900)).toBe(false);
    await s.releaseIntent('ITOPS-1/default@1/e1/technical/L1/r0/page');
    expect(await s.claimIntent('ITOPS-1/default@1/e1/technical/L1/r0/page', 900)).toBe(true);
    await s.completeIntent('ITOPS-1/default@1/e1/technical/L1/r0/page');
    expect(await s.claimIntent('ITOPS-1/default@1/e1/technical/L1/r0/page', 900)).toBe(false);
  });

  it('remembers a released claim, so the next claimant knows an earlier attempt may have acted', async () => {
    const s = make();
    const key = 'ITOPS-1/default@1/e1/technical/L1/r0/step-comment';
    expect(await s.claimIntentOutcome(key, 900)).toBe('claimed');
    await s.releaseIntent(key);
    expect(await s.claimIntentOutcome(key, 900)).toBe('reclaimed');
    expect(await s.claimIntentOutcome(key, 900)).toBe('held');
    await s.completeIntent(key);
    expect(await s.claimIntentOutcome(key, 900)).toBe('done');
  });

  it('appends events idempotently and lists them in time order', async () => {
    const s = make();
    await s.appendEvents([event('triggered', '2026-11-27T09:00:00.000Z'), event('paged', '2026-11-27T09:00:00.000Z', 1)]);
    await s.appendEvents([event('paged', '2026-11-27T09:00:00.000Z', 1)]);
    await s.appendEvents([event('levelChanged', '2026-11-27T09:30:00.000Z')]);
    expect((await s.listEvents('ITOPS-1')).map((e) => e.type)).toEqual(['triggered', 'paged', 'levelChanged']);
    expect(await s.listEvents('ITOPS-2')).toEqual([]);
  });

  it('lists the access log newest first', async () => {
    const s = make();
    for (const [at, action] of [['2026-11-27T09:00:00.000Z', 'escalate'], ['2026-11-27T09:05:00.000Z', 'savePolicy']] as const) {
      await s.appendAccessLog({ at, accountId: 'customer-cy', action, issueKey: null, allowed: false, reason: 'no' });
    }
    expect((await s.listAccessLog(10)).map((e) => e.action)).toEqual(['savePolicy', 'escalate']);
  });

  it('counts pages per person within a window', async () => {
    const s = make();
    await s.recordPages(['agent-ana', 'agent-ben'], T0 - 2 * 3_600_000);
    await s.recordPages(['agent-ana'], T0 - 3_600_000);
    expect(await s.pageCounts(['agent-ana', 'agent-ben', 'agent-cy'], T0 - 90 * 60_000)).toEqual(new Map([['agent-ana', 1]]));
    expect(await s.pageCounts(['agent-ana', 'agent-ben'], T0 - 86_400_000)).toEqual(new Map([['agent-ana', 2], ['agent-ben', 1]]));
  });

  it('keeps and clears the sweep checkpoint', async () => {
    const s = make();
    await s.saveCheckpoint({ cutoffMs: T0, pendingKeys: ['ITOPS-3'], startedAt: T0 });
    expect(await s.getCheckpoint()).toEqual({ cutoffMs: T0, pendingKeys: ['ITOPS-3'], startedAt: T0 });
    await s.saveCheckpoint(null);
    expect(await s.getCheckpoint()).toBeNull();
  });
});
