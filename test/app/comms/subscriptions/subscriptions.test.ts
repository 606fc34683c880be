import { mySubscriptions, notifySubscribers, subscribe, unsubscribe } from '../../../../src/app/comms/subscriptions/subscriptions.js';
import { evaluateIncident } from '../../../../src/app/escalation/evaluateIncident.js';
import { anIncident, aState, slaAt } from '../../../support/builders.js';
import { ADMIN, AGENT, appHarness, CUSTOMER } from '../../../support/appHarness.js';
import { saveRoleMapping } from '../../../../src/app/access/accessAdmin.js';

const STAKEHOLDER = { accountId: 'biz-bo' };
const disruptionMails = (outbox: Array<{ subject: string; targets: unknown[] }>) =>
  outbox.filter((m) => m.subject.startsWith('Service disruption')).map((m) => ({ subject: m.subject, targets: m.targets }));

async function harness() {
  const h = await appHarness();
  // Stakeholders are granted by group in the role mapping; the other app roles include it.
  h.host.addUser(STAKEHOLDER.accountId, { groups: ['business-stakeholders'] });
  await saveRoleMapping(h.deps, ADMIN, { mapping: { stakeholder: { groups: ['business-stakeholders'], projectRoles: [] } }, reason: 'business readers' });
  h.host.put(anIncident({ key: 'ITOPS-7', service: 'Payments', components: ['Payments'], slas: [slaAt(180)] }));
  return h;
}

describe('stakeholder subscriptions', () => {
  it('a stakeholder follows and unfollows configured services for themselves', async () => {
    const h = await harness();
    const view = await subscribe(h.deps, STAKEHOLDER, { service: 'Payments' });
    expect(view.subscriptions.map((s) => s.service)).toEqual(['Payments']);
    expect(view.services).toEqual(['Email', 'Intranet', 'Mainframe billing', 'Payments']);
    await expect(subscribe(h.deps, AGENT, { service: 'Email' })).resolves.toBeDefined();
    expect((await mySubscriptions(h.deps, STAKEHOLDER)).subscriptions.map((s) => s.service)).toEqual(['Payments']);
    expect((await unsubscribe(h.deps, STAKEHOLDER, { service: 'Payments' })).subscriptions).toEqual([]);
  });

  it('refuses an unknown service or a malformed payload by field', async () => {
    const h = await harness();
    await expect(subscribe(h.deps, STAKEHOLDER, { service: 'Payroll' })).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'service' }] });
    await expect(subscribe(h.deps, STAKEHOLDER, { service: '' })).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'service' }] });
  });

  it('subscribers get the business email when an escalation starts, once per episode however often it is evaluated', async () => {
    const h = await harness();
    await subscribe(h.deps, STAKEHOLDER, { service: 'Payments' });
    await subscribe(h.deps, AGENT, { service: 'Payments' });
    await evaluateIncident(h.deps, 'ITOPS-7');
    await evaluateIncident(h.deps, 'ITOPS-7');
    h.clock.advance(30);
    await evaluateIncident(h.deps, 'ITOPS-7');
    expect(disruptionMails(h.notifier.outbox)).toEqual([
      { subject: 'Service disruption: Payments', targets: [{ type: 'user', accountId: AGENT.accountId }] },
      { subject: 'Service disruption: Payments', targets: [{ type: 'user', accountId: STAKEHOLDER.accountId }] },
    ]);
    const logged = (await h.store.listEvents('ITOPS-7')).filter((e) => e.type === 'communication');
    expect(logged).toHaveLength(2);
    expect(logged[0]?.detail).toContain('rule "subscriptions to Payments"');
    // A later escalation of the same incident is a new episode, and they hear about it again.
    await notifySubscribers(h.deps, 'ITOPS-7', aState({ status: 'active', episode: 2 }));
    expect(disruptionMails(h.notifier.outbox)).toHaveLength(4);
  });

  it('an unsubscribed stakeholder hears nothing', async () => {
    const h = await harness();
    await subscribe(h.deps, STAKEHOLDER, { service: 'Payments' });
    await unsubscribe(h.deps, STAKEHOLDER, { service: 'Payments' });
    await evaluateIncident(h.deps, 'ITOPS-7');
    expect(disruptionMails(h.notifier.outbox)).toEqual([]);
  });

  it('a customer (no app role) may not subscribe: refused and access-logged', async () => {
    const h = await harness();
    await expect(subscribe(h.deps, CUSTOMER, { service: 'Payments' })).rejects.toMatchObject({ code: 'FORBIDDEN',
      message: expect.stringContaining('subscribeToService needs the escalation initiator, responder, policy admin, comms lead, auditor or stakeholder role') });
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ accountId: CUSTOMER.accountId, action: 'subscribeToService', allowed: false });
    expect(await h.comms.subscribersOf('Payments')).toEqual([]);
  });

  it('a subscriber\'s email is exactly the business template: no internal comment, no trace', async () => {
    const h = await harness();
    await subscribe(h.deps, STAKEHOLDER, { service: 'Payments' });
    await evaluateIncident(h.deps, 'ITOPS-7');
    const mail = h.notifier.outbox.find((m) => m.subject.startsWith('Service disruption'))!;
    expect(mail.body).toBe(['We are working on an incident affecting Payments.', `Impact: ${h.host.incidents.get('ITOPS-7')!.impact}`,
      'We will share updates as we learn more.', 'Reference: ITOPS-7'].join('\n'));
    expect(mail.ackLinks ?? []).toEqual([]);
  });
});
