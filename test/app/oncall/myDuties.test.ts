import { confirmMyDuties, getMyDuties } from '../../../src/app/oncall/myDuties.js';
import { savePolicy } from '../../../src/app/policies/policyAdmin.js';
import { saveSchedule } from '../../../src/app/oncall/scheduleAdmin.js';
import { aPolicyInput, at } from '../../support/builders.js';
import { ADMIN, AGENT, appHarness, aScheduleInput } from '../../support/appHarness.js';

const iso = (minutesAfterT0: number) => new Date(at(minutesAfterT0)).toISOString();
const DAY = 24 * 60;

/** ana is named at technical level 1, rotates in ops-primary (paged at level 2) and backs up level 3. */
async function withDuties() {
  const h = await appHarness();
  await saveSchedule(h.deps, ADMIN, { schedule: aScheduleInput(), reason: 'rota' });
  const policy = aPolicyInput();
  policy.paths.technical.levels[1]!.targets = [{ type: 'schedule', scheduleId: 'ops-primary' }];
  policy.paths.technical.levels[1]!.backups = [{ type: 'user', accountId: 'manager-max' }];
  policy.paths.technical.levels[2]!.backups = [{ type: 'user', accountId: 'agent-ana' }];
  await savePolicy(h.deps, ADMIN, { policy, expectedVersion: 1, reason: 'rota and backup' });
  return h;
}

describe('my escalation duties', () => {
  it('lists the levels that name me, directly or through my rotation, my backups and rotations', async () => {
    const h = await withDuties();
    const d = await getMyDuties(h.deps, AGENT);
    const base = { policyId: 'default', policyName: 'Default incident policy', path: 'technical', levelName: null };
    expect(d.levels).toEqual([
      { ...base, level: 1, as: 'target', via: { type: 'user' } },
      { ...base, level: 2, as: 'target', via: { type: 'schedule', scheduleId: 'ops-primary' } },
    ]);
    expect(d.backups).toEqual([{ ...base, level: 3, as: 'backup', via: { type: 'user' } }]);
    expect(d.rotations).toEqual([{ scheduleId: 'ops-primary', scheduleName: 'Ops primary', layerName: 'Primary', memberSince: iso(0), isNew: true }]);
    expect(d).toMatchObject({ accountId: 'agent-ana', lastConfirmedAt: null, needsConfirmation: true, now: iso(0) });
  });

  it('confirming clears the flag; joining another rotation later raises it again until confirmed', async () => {
    const h = await withDuties();
    h.clock.advance(60);
    expect(await confirmMyDuties(h.deps, AGENT)).toMatchObject({ lastConfirmedAt: iso(60), needsConfirmation: false, rotations: [{ isNew: false }] });
    h.clock.advance(DAY);
    await saveSchedule(h.deps, ADMIN, { schedule: aScheduleInput({ id: 'ops-secondary', name: 'Ops secondary' }), reason: 'second line' });
    const d = await getMyDuties(h.deps, AGENT);
    expect(d.rotations.map((r) => [r.scheduleId, r.isNew])).toEqual([['ops-primary', false], ['ops-secondary', true]]);
    expect(d.needsConfirmation).toBe(true);
    h.clock.advance(5);
    expect((await confirmMyDuties(h.deps, AGENT)).needsConfirmation).toBe(false);
  });

  it('someone with nothing to do has nothing to confirm', async () => {
    const h = await withDuties();
    h.host.addUser('viewer-vi', { groups: ['jira-servicemanagement-users'] });
    expect(await getMyDuties(h.deps, { accountId: 'viewer-vi' })).toMatchObject({ levels: [], rotations: [], backups: [], needsConfirmation: false });
  });

  it('a policy admin may see anyone\'s duties; others only their own, and the refusal is logged', async () => {
    const h = await withDuties();
    expect((await getMyDuties(h.deps, ADMIN, 'agent-ana')).levels).toHaveLength(2);
    await expect(getMyDuties(h.deps, AGENT, 'lead-lee')).rejects.toMatchObject({ code: 'FORBIDDEN', message: 'seeing the duties of lead-lee needs the policy admin role; you may see your own' });
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ accountId: 'agent-ana', action: 'getMyDuties', allowed: false });
  });

  it('confirming needs a role that carries duties (responder, comms lead or policy admin)', async () => {
    const h = await withDuties();
    h.host.addUser('viewer-vi', { groups: ['jira-servicemanagement-users'] });
    await expect(confirmMyDuties(h.deps, { accountId: 'viewer-vi' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await h.store.getDutyConfirmation('viewer-vi')).toBeNull();
  });
});
