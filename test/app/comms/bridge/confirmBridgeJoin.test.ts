import { confirmBridgeJoin } from '../../../../src/app/comms/bridge/confirmBridgeJoin.js';
import { at } from '../../../support/builders.js';
import { ADMIN, AGENT, CUSTOMER } from '../../../support/appHarness.js';
import { commsHarness, P1 } from '../commsHarness.js';

const DEE = { accountId: 'director-dee' };

describe('confirming joining the bridge', () => {
  it('records the paged owner\'s join with the time, on the property and the timeline', async () => {
    const h = await commsHarness();
    await h.evaluate();
    h.clock.set(at(4));
    const r = await confirmBridgeJoin(h.deps, DEE, { issueKey: P1 });
    expect(r).toEqual({ accountId: 'director-dee', joinedAt: new Date(at(4)).toISOString(), recorded: true });
    expect((await h.comms()).bridge?.owners[0]).toMatchObject({ joinedAt: new Date(at(4)).toISOString(), confirmedBy: 'director-dee' });
    expect((await h.events('bridgeJoined')).map((e) => [e.detail, e.actor])).toEqual([['director-dee joined the bridge.', 'director-dee']]);
  });

  it('confirming again changes nothing and keeps the first time', async () => {
    const h = await commsHarness();
    await h.evaluate();
    h.clock.set(at(4));
    await confirmBridgeJoin(h.deps, DEE, { issueKey: P1 });
    h.clock.set(at(6));
    const writes = h.host.requests.write;
    expect(await confirmBridgeJoin(h.deps, DEE, { issueKey: P1 })).toEqual({ accountId: 'director-dee', joinedAt: new Date(at(4)).toISOString(), recorded: false });
    expect(h.host.requests.write).toBe(writes);
    expect(await h.events('bridgeJoined')).toHaveLength(1);
  });

  it('an incident manager may confirm for the owner, and the timeline names both', async () => {
    const h = await commsHarness();
    await h.evaluate();
    await confirmBridgeJoin(h.deps, ADMIN, { issueKey: P1, accountId: 'director-dee' });
    expect((await h.comms()).bridge?.owners[0]).toMatchObject({ confirmedBy: ADMIN.accountId });
    expect((await h.events('bridgeJoined'))[0]?.detail).toBe('director-dee joined the bridge, confirmed by admin-ada.');
  });

  it('refuses someone who was not paged confirming for themselves, and logs the refusal', async () => {
    const h = await commsHarness();
    await h.evaluate();
    await expect(confirmBridgeJoin(h.deps, AGENT, { issueKey: P1 })).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('You were not paged to the bridge of ITOPS-1') });
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ accountId: AGENT.accountId, action: 'confirmBridgeJoin', issueKey: P1, allowed: false });
  });

  it('refuses a customer, and logs the refusal', async () => {
    const h = await commsHarness();
    await h.evaluate();
    await expect(confirmBridgeJoin(h.deps, CUSTOMER, { issueKey: P1, accountId: 'director-dee' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ accountId: CUSTOMER.accountId, action: 'confirmBridgeJoin', allowed: false });
    expect((await h.comms()).bridge?.owners[0]?.joinedAt).toBeNull();
  });

  it('refuses a comms lead (not an incident manager) confirming for someone else', async () => {
    const h = await commsHarness();
    await h.evaluate();
    await expect(confirmBridgeJoin(h.deps, { accountId: 'comms-cleo' }, { issueKey: P1, accountId: 'director-dee' }))
      .rejects.toMatchObject({ code: 'FORBIDDEN', message: 'Only director-dee or an incident manager (escalation initiator or policy admin) may confirm that director-dee joined the bridge' });
  });

  it('says so when there is no bridge to join', async () => {
    const h = await commsHarness();
    await expect(confirmBridgeJoin(h.deps, DEE, { issueKey: P1 })).rejects.toMatchObject({ code: 'INVALID', message: 'issueKey: ITOPS-1 has no open bridge to join' });
  });
});
