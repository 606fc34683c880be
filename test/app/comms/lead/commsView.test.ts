import { confirmBridgeJoin } from '../../../../src/app/comms/bridge/confirmBridgeJoin.js';
import { designateCommsLead } from '../../../../src/app/comms/lead/designateCommsLead.js';
import { incidentView } from '../../../../src/app/escalation/incidentView.js';
import { at } from '../../../support/builders.js';
import { AGENT } from '../../../support/appHarness.js';
import { CLEO, commsHarness, P1, PAYMENTS_BRIDGE, PAYMENTS_DIAL_IN } from '../commsHarness.js';

describe('the panel\'s communications section', () => {
  it('shows the bridge, who joined when, the lead and when the next update is due', async () => {
    const h = await commsHarness();
    await h.evaluate();
    h.clock.set(at(3));
    await confirmBridgeJoin(h.deps, { accountId: 'director-dee' }, { issueKey: P1 });
    await designateCommsLead(h.deps, AGENT, { issueKey: P1, accountId: CLEO.accountId, reason: 'Cleo leads comms' });
    const view = await incidentView(h.deps, AGENT, P1);
    expect(view.comms).toMatchObject({
      bridge: { url: PAYMENTS_BRIDGE, dialIn: PAYMENTS_DIAL_IN, owners: [{ accountId: 'director-dee', joinedAt: new Date(at(3)).toISOString() }] },
      lead: { accountId: CLEO.accountId, designatedBy: AGENT.accountId },
      nextUpdateDueAt: new Date(at(30)).toISOString(),
      updateOverdue: false,
      channels: ['jsm-public-comment', 'status-page'],
    });
  });

  it('offers "I\'ve joined" to the paged owner only, and explains the publish refusal to an agent', async () => {
    const h = await commsHarness();
    await h.evaluate();
    const owner = await incidentView(h.deps, { accountId: 'director-dee' }, P1);
    expect(owner.comms?.permissions.confirmJoin).toEqual({ allowed: true });
    const agent = await incidentView(h.deps, AGENT, P1);
    expect(agent.comms?.permissions).toMatchObject({
      confirmJoin: { allowed: false, reason: 'You were not paged to this bridge.' },
      designateLead: { allowed: true },
      publishUpdate: { allowed: false, reason: expect.stringContaining('Only the designated comms lead') },
    });
    const lead = await incidentView(h.deps, CLEO, P1);
    expect(lead.comms?.permissions.publishUpdate).toEqual({ allowed: true });
  });

  it('marks the update overdue once its time has passed', async () => {
    const h = await commsHarness();
    await h.evaluate();
    h.clock.set(at(31));
    expect((await incidentView(h.deps, AGENT, P1)).comms).toMatchObject({ nextUpdateDueAt: new Date(at(30)).toISOString(), updateOverdue: true });
  });
});
