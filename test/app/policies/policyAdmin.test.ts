import { checkPolicy, deletePolicy, listPolicies, policyHistory, savePolicy } from '../../../src/app/policies/policyAdmin.js';
import { saveConfig } from '../../../src/app/policies/configAdmin.js';
import { aConfig, aPolicyInput } from '../../support/builders.js';
import { ADMIN, AGENT, appHarness } from '../../support/appHarness.js';

describe('policy administration', () => {
  it('saves a new version with author, time, reason and a quarterly review date', async () => {
    const h = await appHarness();
    const s = await savePolicy(h.deps, ADMIN, { policy: aPolicyInput({ name: 'Renamed' }), expectedVersion: 1, reason: 'clearer name' });
    expect(s).toMatchObject({ version: 2, author: 'admin-ada', savedAt: '2026-11-27T09:00:00.000Z', reason: 'clearer name',
      reviewDueAt: '2027-02-27T09:00:00.000Z', reviewOverdue: false });
    expect((await policyHistory(h.deps, ADMIN, 'default')).map((v) => v.version)).toEqual([1, 2]);
  });

  it('two admins saving from the same version: the second gets a conflict, the first change stays', async () => {
    const h = await appHarness();
    await savePolicy(h.deps, ADMIN, { policy: aPolicyInput({ name: 'First' }), expectedVersion: 1, reason: 'first change' });
    await expect(savePolicy(h.deps, ADMIN, { policy: aPolicyInput({ name: 'Second' }), expectedVersion: 1, reason: 'second change' }))
      .rejects.toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('you edited version 1, the current version is 2') });
    expect((await listPolicies(h.deps, ADMIN))[0]!.policy.name).toBe('First');
  });

  it('refuses invalid policies with field-named errors and saves nothing', async () => {
    const h = await appHarness();
    const bad = aPolicyInput();
    bad.paths.technical.levels[1]!.delayMinutes = 0;
    await expect(savePolicy(h.deps, ADMIN, { policy: bad, expectedVersion: 1, reason: 'oops' })).rejects.toMatchObject({
      code: 'INVALID', fields: [{ field: 'paths.technical.levels[1].delayMinutes', message: expect.stringContaining('zero or negative') }] });
    expect((await policyHistory(h.deps, ADMIN, 'default')).length).toBe(1);
    expect(await checkPolicy(h.deps, ADMIN, bad)).toMatchObject({ valid: false });
  });

  it('only Jira admins may save, checked on the server', async () => {
    const h = await appHarness();
    await expect(savePolicy(h.deps, AGENT, { policy: aPolicyInput(), expectedVersion: 1, reason: 'sneaky' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.store.listAccessLog(5))[0]).toMatchObject({ accountId: 'agent-ana', action: 'savePolicy', allowed: false });
  });

  it('flags an overdue threshold review', async () => {
    const h = await appHarness();
    h.clock.advance(60 * 24 * 120);
    expect((await listPolicies(h.deps, ADMIN))[0]!.reviewOverdue).toBe(true);
  });

  it('refuses a configuration that would break a saved policy', async () => {
    const h = await appHarness();
    await expect(saveConfig(h.deps, ADMIN, { ...aConfig(), slaMetrics: ['Time to first response'] }, 'drop a metric'))
      .rejects.toMatchObject({ code: 'INVALID', message: expect.stringContaining('policy "default" would become invalid: triggers[0].metric') });
  });

  it('records who changed the configuration or deleted a policy, and why', async () => {
    const h = await appHarness();
    await saveConfig(h.deps, ADMIN, { ...aConfig(), services: [...aConfig().services, { name: 'VPN', criticality: 'standard' }] }, 'new VPN service');
    await deletePolicy(h.deps, ADMIN, 'default', 'replaced by the network policy');
    expect((await h.store.listAccessLog(5)).map((e) => [e.action, e.allowed, e.reason])).toEqual([
      ['deletePolicy', true, 'default: replaced by the network policy'],
      ['saveConfig', true, 'new VPN service'],
    ]);
  });
});
