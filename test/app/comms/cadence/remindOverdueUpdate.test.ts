import { designateCommsLead } from '../../../../src/app/comms/lead/designateCommsLead.js';
import { publishUpdate } from '../../../../src/app/comms/lead/publishUpdate.js';
import { acknowledge } from '../../../../src/app/escalation/incidentCommands.js';
import { anIncident, at, slaAt } from '../../../support/builders.js';
import { AGENT } from '../../../support/appHarness.js';
import { CLEO, commsConfig, commsHarness, P1 } from '../commsHarness.js';

/** A P1 escalated at T0 and acknowledged at T0+1, with no bridge (so only the cadence runs). */
async function p1(opts: { lead: boolean }) {
  const h = await commsHarness(commsConfig({ bridge: undefined }));
  await h.evaluate();
  h.clock.set(at(1));
  await acknowledge(h.deps, AGENT, P1);
  if (opts.lead) await designateCommsLead(h.deps, AGENT, { issueKey: P1, accountId: CLEO.accountId, reason: 'Cleo leads comms' });
  return h;
}
type H = Awaited<ReturnType<typeof p1>>;
const reminders = (h: H) => h.notifier.outbox.filter((m) => m.subject.includes('Stakeholder update overdue'));

describe('the stakeholder update cadence', () => {
  it('is due 30 minutes into a P1 escalation: the timer is set for it', async () => {
    const h = await p1({ lead: true });
    expect(h.host.states.get(P1)).toMatchObject({ status: 'acknowledged', nextEvaluationEpochMs: at(30) });
  });

  it('reminds the comms lead once when the update is overdue', async () => {
    const h = await p1({ lead: true });
    h.clock.set(at(30));
    await h.evaluate();
    h.clock.set(at(35));
    await h.evaluate();
    expect(reminders(h).map((m) => m.targets)).toEqual([[{ type: 'user', accountId: CLEO.accountId }]]);
    expect(reminders(h)[0]?.body).toContain('was due at 2026-11-27T09:30:00.000Z');
    expect((await h.events('communication')).map((e) => e.actor)).toEqual(['update-cadence']);
    expect((await h.comms()).reminders).toEqual([{ dueAt: new Date(at(30)).toISOString(), remindedAt: new Date(at(30)).toISOString(), escalatedAt: null }]);
    expect(h.host.states.get(P1)?.nextEvaluationEpochMs).toBe(at(45));
  });

  it('pages the manager level (managerial path level 1) once when still overdue after the grace period', async () => {
    const h = await p1({ lead: true });
    h.clock.set(at(30));
    await h.evaluate();
    h.clock.set(at(45));
    await h.evaluate();
    await h.evaluate();
    expect(reminders(h).map((m) => m.targets)).toEqual([[{ type: 'user', accountId: CLEO.accountId }], [{ type: 'user', accountId: 'manager-max' }]]);
    expect(reminders(h)[1]?.body).toContain('15 minutes overdue');
    expect((await h.comms()).reminders[0]?.escalatedAt).toBe(new Date(at(45)).toISOString());
  });

  it('without a lead, the reminder goes straight to the manager level, once', async () => {
    const h = await p1({ lead: false });
    h.clock.set(at(30));
    await h.evaluate();
    h.clock.set(at(50));
    await h.evaluate();
    expect(reminders(h).map((m) => m.targets)).toEqual([[{ type: 'user', accountId: 'manager-max' }]]);
    expect(reminders(h)[0]?.body).toContain('no comms lead is designated');
  });

  it('a published update restarts the clock', async () => {
    const h = await p1({ lead: true });
    h.clock.set(at(20));
    await publishUpdate(h.deps, CLEO, { issueKey: P1, channel: 'jsm-public-comment', text: 'We are still working on card payments.', requestId: 'req-0001' });
    h.clock.set(at(30));
    await h.evaluate();
    expect(reminders(h)).toEqual([]);
    expect(h.host.states.get(P1)?.nextEvaluationEpochMs).toBe(at(50));
    h.clock.set(at(50));
    await h.evaluate();
    expect(reminders(h)).toHaveLength(1);
  });

  it('a priority without a cadence is never reminded', async () => {
    const h = await commsHarness(commsConfig({ bridge: undefined }));
    h.host.put(anIncident({ key: 'ITOPS-3', slas: [slaAt(180)] }));
    await h.evaluate('ITOPS-3');
    h.clock.set(at(600));
    await h.evaluate('ITOPS-3');
    expect(reminders(h)).toEqual([]);
  });

  it('follows a configured cadence', async () => {
    const h = await commsHarness(commsConfig({ bridge: undefined, updateCadence: { P1: 10, graceMinutes: 5 } }));
    await h.evaluate();
    expect(h.host.states.get(P1)?.nextEvaluationEpochMs).toBeLessThanOrEqual(at(10));
    h.clock.set(at(10));
    await h.evaluate();
    expect(reminders(h)).toHaveLength(1);
  });
});
