import { acceptShiftHandoff, handOverShift, shiftHandoffsView } from '../../../src/app/coordination/shiftHandoffs.js';
import { saveSchedule } from '../../../src/app/oncall/scheduleAdmin.js';
import { sweepShiftHandoffs } from '../../../src/app/coordination/sweepShiftHandoffs.js';
import { ADMIN, AGENT, aScheduleInput, appHarness } from '../../support/appHarness.js';
import { anIncident } from '../../support/builders.js';

// ops-primary: daily 09:00 London handoffs from T0 (Friday 27 November, 09:00): agent-ana, then lead-lee.
const LEE = { accountId: 'lead-lee' };
const ID = 'ops-primary@2026-11-28T09:00:00.000Z';

async function lateInAnasShift() {
  const h = await appHarness();
  await saveSchedule(h.deps, ADMIN, { schedule: aScheduleInput(), reason: 'rota' });
  h.host.put(anIncident({ key: 'ITOPS-1' }));
  h.host.put(anIncident({ key: 'ITOPS-2' }));
  h.host.put(anIncident({ key: 'ITOPS-3', statusCategory: 'done' }));
  h.clock.advance(23 * 60);
  return h;
}
const handOver = (h: Awaited<ReturnType<typeof lateInAnasShift>>, note = 'ITOPS-1: DB failover half done; ITOPS-2: waiting on the vendor') =>
  handOverShift(h.deps, AGENT, { scheduleId: 'ops-primary', incidentKeys: ['ITOPS-1', 'ITOPS-2'], note });

describe('shift handovers', () => {
  it('the outgoing on-call hands open incidents to the incoming one, who is paged once and sees it to accept', async () => {
    const h = await lateInAnasShift();
    await handOver(h);
    await handOver(h, 'ITOPS-1: failover done, watch replication lag; ITOPS-2: waiting on the vendor');
    const pages = h.notifier.outbox.filter((p) => p.subject.startsWith('Shift handover'));
    expect(pages.map((p) => p.targets)).toEqual([[{ type: 'user', accountId: 'lead-lee' }]]);
    const view = await shiftHandoffsView(h.deps, LEE);
    expect(view.toAccept).toEqual([expect.objectContaining({ id: ID, outgoing: 'agent-ana', incoming: 'lead-lee', state: 'requested', note: 'ITOPS-1: failover done, watch replication lag; ITOPS-2: waiting on the vendor' })]);
    for (const key of ['ITOPS-1', 'ITOPS-2']) expect((await h.store.listEvents(key)).filter((e) => e.type === 'shiftHandoffRequested')).toHaveLength(1);
  });

  it('only the incoming on-call accepts; accepting twice is one acceptance, on each incident\'s timeline', async () => {
    const h = await lateInAnasShift();
    await handOver(h);
    await expect(acceptShiftHandoff(h.deps, AGENT, { id: ID })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    h.clock.advance(30);
    const accepted = await acceptShiftHandoff(h.deps, LEE, { id: ID });
    await acceptShiftHandoff(h.deps, LEE, { id: ID });
    expect(accepted).toMatchObject({ state: 'accepted', acceptedAt: '2026-11-28T08:30:00.000Z' });
    for (const key of ['ITOPS-1', 'ITOPS-2']) expect((await h.store.listEvents(key)).filter((e) => e.type === 'shiftHandoffAccepted').map((e) => e.actor)).toEqual(['lead-lee']);
    await expect(handOver(h, 'one more thing')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it.each([
    ['a resolved incident', { incidentKeys: ['ITOPS-1', 'ITOPS-3'] }, 'incidentKeys[1]', 'ITOPS-3 is resolved: nothing to hand over'],
    ['an incident that does not exist', { incidentKeys: ['ITOPS-404'] }, 'incidentKeys[0]', 'ITOPS-404 does not exist or you cannot see it'],
    ['an unknown schedule', { scheduleId: 'nope' }, 'scheduleId', 'no on-call schedule "nope"'],
  ])('refuses %s, naming the field', async (_name, overrides, field, message) => {
    const h = await lateInAnasShift();
    await expect(handOverShift(h.deps, AGENT, { scheduleId: 'ops-primary', incidentKeys: ['ITOPS-1'], note: 'note', ...overrides }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field, message }] });
    expect(await shiftHandoffsView(h.deps, LEE)).toMatchObject({ toAccept: [] });
  });

  it('refuses someone who is not on call, and a handover early in the shift', async () => {
    const h = await lateInAnasShift();
    await expect(handOverShift(h.deps, LEE, { scheduleId: 'ops-primary', incidentKeys: ['ITOPS-1'], note: 'note' })).rejects.toMatchObject({ fields: [{ field: 'scheduleId' }] });
    const early = await appHarness();
    await saveSchedule(early.deps, ADMIN, { schedule: aScheduleInput(), reason: 'rota' });
    early.host.put(anIncident({ key: 'ITOPS-1' }));
    await expect(handOverShift(early.deps, AGENT, { scheduleId: 'ops-primary', incidentKeys: ['ITOPS-1'], note: 'note' }))
      .rejects.toMatchObject({ fields: [{ field: 'scheduleId', message: expect.stringContaining('hand over in its last two hours') }] });
  });

  it('a handover nobody accepts escalates once, 15 minutes after the shift change, to the outgoing person when no team owns the schedule', async () => {
    const h = await lateInAnasShift();
    await handOver(h);
    h.clock.advance(74);
    expect(await sweepShiftHandoffs(h.deps)).toEqual({ escalated: [], failed: [] });
    h.clock.advance(1);
    await Promise.all([sweepShiftHandoffs(h.deps), sweepShiftHandoffs(h.deps)]);
    await sweepShiftHandoffs(h.deps);
    const pages = h.notifier.outbox.filter((p) => p.subject.includes('not accepted'));
    expect(pages.map((p) => p.targets)).toEqual([[{ type: 'user', accountId: 'agent-ana' }]]);
    expect((await shiftHandoffsView(h.deps, LEE)).toAccept[0]).toMatchObject({ escalatedAt: '2026-11-28T09:15:00.000Z', escalatedTo: ['agent-ana'] });
    for (const key of ['ITOPS-1', 'ITOPS-2']) expect((await h.store.listEvents(key)).filter((e) => e.type === 'shiftHandoffEscalated')).toHaveLength(1);
    // Late, but still accepted.
    await expect(acceptShiftHandoff(h.deps, LEE, { id: ID })).resolves.toMatchObject({ state: 'accepted' });
  });
});
