import { designateCommsLead } from '../../../../src/app/comms/lead/designateCommsLead.js';
import { at } from '../../../support/builders.js';
import { ADMIN, AGENT, CUSTOMER } from '../../../support/appHarness.js';
import { CLEO, commsConfig, commsHarness, P1 } from '../commsHarness.js';

const REASON = 'Cleo runs customer comms for payments';

describe('designating the communications lead', () => {
  it('an incident manager designates someone with the comms lead role: kept on the incident and on the timeline', async () => {
    const h = await commsHarness();
    h.clock.set(at(3));
    const lead = await designateCommsLead(h.deps, AGENT, { issueKey: P1, accountId: CLEO.accountId, reason: REASON });
    expect(lead).toEqual({ accountId: CLEO.accountId, designatedBy: AGENT.accountId, at: new Date(at(3)).toISOString(), reason: REASON });
    expect((await h.comms()).lead).toEqual(lead);
    expect((await h.events('commsLeadDesignated')).map((e) => [e.detail, e.actor])).toEqual([[`comms-cleo designated comms lead: ${REASON}`, AGENT.accountId]]);
  });

  it('designating the same lead again changes nothing', async () => {
    const h = await commsHarness();
    const first = await designateCommsLead(h.deps, AGENT, { issueKey: P1, accountId: CLEO.accountId, reason: REASON });
    h.clock.set(at(5));
    expect(await designateCommsLead(h.deps, ADMIN, { issueKey: P1, accountId: CLEO.accountId, reason: 'again' })).toEqual(first);
    expect(await h.events('commsLeadDesignated')).toHaveLength(1);
  });

  it('refuses a designee without a role allowed to lead, naming the field and the role needed', async () => {
    const h = await commsHarness();
    await expect(designateCommsLead(h.deps, ADMIN, { issueKey: P1, accountId: 'lead-lee', reason: REASON })).rejects.toMatchObject({
      code: 'INVALID', message: 'accountId: lead-lee cannot be comms lead: that needs the comms lead role; they have: escalation initiator, responder, viewer' });
    expect((await h.comms()).lead).toBeNull();
  });

  it('follows the configured lead roles: policy admins may lead when the configuration says so', async () => {
    const h = await commsHarness(commsConfig({ publicUpdates: { leadRoles: ['commsLead', 'policyAdmin'], publishRoles: ['commsLead'] } }));
    await designateCommsLead(h.deps, AGENT, { issueKey: P1, accountId: ADMIN.accountId, reason: REASON });
    expect((await h.comms()).lead?.accountId).toBe(ADMIN.accountId);
  });

  it('refuses a designator without the permission, and logs the refusal', async () => {
    const h = await commsHarness();
    await expect(designateCommsLead(h.deps, CLEO, { issueKey: P1, accountId: CLEO.accountId, reason: REASON })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(designateCommsLead(h.deps, CUSTOMER, { issueKey: P1, accountId: CLEO.accountId, reason: REASON })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await h.store.listAccessLog(10)).map((e) => [e.accountId, e.action, e.allowed])).toEqual(expect.arrayContaining([
      [CLEO.accountId, 'designateCommsLead', false], [CUSTOMER.accountId, 'designateCommsLead', false]]));
    expect((await h.comms()).lead).toBeNull();
  });

  it('refuses an unknown account', async () => {
    const h = await commsHarness();
    await expect(designateCommsLead(h.deps, ADMIN, { issueKey: P1, accountId: 'nobody', reason: REASON })).rejects.toMatchObject({
      code: 'INVALID', message: 'accountId: nobody is not an active Jira user' });
  });
});
