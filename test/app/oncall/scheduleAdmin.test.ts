import { deleteSchedule, listSchedules, previewSchedule, saveSchedule } from '../../../src/app/oncall/scheduleAdmin.js';
import { savePolicy } from '../../../src/app/policies/policyAdmin.js';
import { aPolicyInput, at } from '../../support/builders.js';
import { ADMIN, AGENT, appHarness, aScheduleInput } from '../../support/appHarness.js';

const iso = (minutesAfterT0: number) => new Date(at(minutesAfterT0)).toISOString();
const HOUR = 60;

describe('schedule administration', () => {
  it('saves a valid schedule and lists it with who saved it', async () => {
    const h = await appHarness();
    const s = await saveSchedule(h.deps, ADMIN, { schedule: aScheduleInput(), reason: 'new rota' });
    expect(s).toMatchObject({ schedule: aScheduleInput(), savedBy: 'admin-ada', savedAt: iso(0), usedBy: [] });
    expect(await listSchedules(h.deps, ADMIN)).toEqual([s]);
    expect((await h.store.getSchedule('ops-primary'))!.memberSince).toEqual({ 'agent-ana': iso(0), 'lead-lee': iso(0) });
  });

  it('refuses an invalid schedule with every field named, and saves nothing', async () => {
    const h = await appHarness();
    const bad = aScheduleInput({ timeZone: 'Mars/Olympus' }, { participants: [], handoffTime: '25:00' });
    const attempt = saveSchedule(h.deps, ADMIN, { schedule: bad, reason: 'oops' });
    await expect(attempt).rejects.toMatchObject({ code: 'INVALID', fields: expect.arrayContaining([
      { field: 'schedule.timeZone', message: '"Mars/Olympus" is not an IANA time zone (e.g. Europe/London)' },
      { field: 'schedule.layers[0].rotation.participants', message: 'must not be empty' },
      { field: 'schedule.layers[0].rotation.handoffTime', message: 'must be HH:mm (24-hour)' },
    ]) });
    expect(await h.store.listSchedules()).toEqual([]);
  });

  it('keeps when each participant joined across saves, so newcomers can be asked to confirm', async () => {
    const h = await appHarness();
    await saveSchedule(h.deps, ADMIN, { schedule: aScheduleInput(), reason: 'new rota' });
    h.clock.advance(2 * 24 * HOUR);
    await saveSchedule(h.deps, ADMIN, { schedule: aScheduleInput({}, { participants: ['agent-ana', 'lead-lee', 'manager-max'] }), reason: 'Max joins' });
    expect((await h.store.getSchedule('ops-primary'))!.memberSince).toEqual({ 'agent-ana': iso(0), 'lead-lee': iso(0), 'manager-max': iso(2 * 24 * HOUR) });
  });

  it('previews 14 days of who is on call with handoffs, and gaps over 30 days', async () => {
    const h = await appHarness();
    await saveSchedule(h.deps, ADMIN, { schedule: aScheduleInput({}, { restriction: { hours: { from: '09:00', to: '17:00' } } }), reason: 'office hours' });
    const p = await previewSchedule(h.deps, ADMIN, { id: 'ops-primary' });
    expect(p).toMatchObject({ scheduleId: 'ops-primary', from: iso(0), until: iso(14 * 24 * HOUR) });
    expect(p.segments.slice(0, 3)).toEqual([
      { start: iso(0), end: iso(8 * HOUR), accountId: 'agent-ana' },
      { start: iso(8 * HOUR), end: iso(24 * HOUR), accountId: null },
      { start: iso(24 * HOUR), end: iso(32 * HOUR), accountId: 'lead-lee' },
    ]);
    expect(p.handoffs[0]).toEqual({ at: iso(8 * HOUR), from: 'agent-ana', to: null });
    expect(p.gaps).toHaveLength(30);
    expect(p.gaps[0]).toEqual({ start: iso(8 * HOUR), end: iso(24 * HOUR) });
  });

  it('previews an unsaved draft too', async () => {
    const h = await appHarness();
    const p = await previewSchedule(h.deps, ADMIN, { schedule: aScheduleInput({ id: 'draft' }) });
    expect(p.segments[0]).toEqual({ start: iso(0), end: iso(24 * HOUR), accountId: 'agent-ana' });
    expect(p.gaps).toEqual([]);
  });

  it('will not delete a schedule a policy level pages; deletes it once unused', async () => {
    const h = await appHarness();
    await saveSchedule(h.deps, ADMIN, { schedule: aScheduleInput(), reason: 'new rota' });
    const policy = aPolicyInput();
    policy.paths.technical.levels[1]!.targets = [{ type: 'schedule', scheduleId: 'ops-primary' }];
  policy.paths.technical.levels[1]!.backups = [{ type: 'user', accountId: 'manager-max' }];
    await savePolicy(h.deps, ADMIN, { policy, expectedVersion: 1, reason: 'page the rota' });
    expect((await listSchedules(h.deps, ADMIN))[0]!.usedBy).toEqual([{ policyId: 'default', path: 'technical', level: 2, as: 'target' }]);
    await expect(deleteSchedule(h.deps, ADMIN, { id: 'ops-primary', reason: 'tidy up' }))
      .rejects.toMatchObject({ code: 'CONFLICT', message: 'schedule "ops-primary" is paged by default technical level 2; change those levels first' });
    await savePolicy(h.deps, ADMIN, { policy: aPolicyInput(), expectedVersion: 2, reason: 'back to people' });
    await expect(deleteSchedule(h.deps, ADMIN, { id: 'ops-primary', reason: 'tidy up' })).resolves.toEqual({ deleted: 'ops-primary' });
    await expect(deleteSchedule(h.deps, ADMIN, { id: 'ops-primary', reason: 'again' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it.each([
    ['listSchedules', (h: Awaited<ReturnType<typeof appHarness>>) => listSchedules(h.deps, AGENT)],
    ['saveSchedule', (h: Awaited<ReturnType<typeof appHarness>>) => saveSchedule(h.deps, AGENT, { schedule: aScheduleInput(), reason: 'mine' })],
    ['deleteSchedule', (h: Awaited<ReturnType<typeof appHarness>>) => deleteSchedule(h.deps, AGENT, { id: 'x', reason: 'mine' })],
    ['previewSchedule', (h: Awaited<ReturnType<typeof appHarness>>) => previewSchedule(h.deps, AGENT, { id: 'x' })],
  ])('%s is for policy admins only, and a refusal is logged', async (name, run) => {
    const h = await appHarness();
    await expect(run(h)).rejects.toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('editSchedules needs the policy admin role') });
    expect((await h.store.listAccessLog(1))[0]).toMatchObject({ accountId: 'agent-ana', action: name, allowed: false });
  });

  it('schedule saves and deletes are access-logged with their reason', async () => {
    const h = await appHarness();
    await saveSchedule(h.deps, ADMIN, { schedule: aScheduleInput(), reason: 'new rota' });
    await deleteSchedule(h.deps, ADMIN, { id: 'ops-primary', reason: 'team disbanded' });
    expect((await h.store.listAccessLog(5)).map((e) => [e.action, e.allowed, e.reason])).toEqual([
      ['deleteSchedule', true, 'ops-primary: team disbanded'],
      ['saveSchedule', true, 'ops-primary: new rota'],
    ]);
  });
});
