import { planShiftHandoff } from '../../../src/domain/oncall/planShiftHandoff.js';
import { appSchedule } from '../../support/coordinationBuilders.js';

// appSchedule: daily 09:00 London handoffs; app-art is on call on 27 November, app-ana on the 28th.
const at = (iso: string) => Date.parse(iso);

describe('planShiftHandoff', () => {
  it('hands over from the person on call to the next one, keyed by the schedule and the shift end', () => {
    const r = planShiftHandoff(appSchedule, 'app-art', at('2026-11-28T07:30:00Z'), ['ITOPS-1', 'ITOPS-2', 'ITOPS-1'], 'Failover of the card DB is half done');
    expect(r).toEqual({ ok: true, handoff: {
      id: 'app-oncall@2026-11-28T09:00:00.000Z', scheduleId: 'app-oncall', scheduleName: 'Payments app on-call', shiftEndsAt: '2026-11-28T09:00:00.000Z',
      outgoing: 'app-art', incoming: 'app-ana', incidents: ['ITOPS-1', 'ITOPS-2'], note: 'Failover of the card DB is half done',
      state: 'requested', requestedAt: '2026-11-28T07:30:00.000Z', acceptedAt: null, escalatedAt: null, escalatedTo: [],
    } });
  });

  it.each([
    ['someone who is not on call', 'app-ana', '2026-11-28T07:30:00Z', 'you are not on call for Payments app on-call now'],
    ['earlier than two hours before the shift ends', 'app-art', '2026-11-28T06:59:00Z', 'your shift on Payments app on-call ends at 2026-11-28T09:00:00.000Z: hand over in its last two hours'],
    ['after the shift has changed (the next person is on call)', 'app-art', '2026-11-28T09:00:00Z', 'you are not on call for Payments app on-call now'],
  ])('refuses %s', (_name, who, now, message) => {
    expect(planShiftHandoff(appSchedule, who, at(now), ['ITOPS-1'], 'note')).toEqual({ ok: false, field: 'scheduleId', message });
  });

  it('accepts exactly two hours before the shift ends', () => {
    expect(planShiftHandoff(appSchedule, 'app-art', at('2026-11-28T07:00:00Z'), ['ITOPS-1'], 'note').ok).toBe(true);
  });

  it('refuses when the schedule never changes hands: nobody could accept', () => {
    const solo = { ...appSchedule, layers: [{ ...appSchedule.layers[0]!, rotation: { ...appSchedule.layers[0]!.rotation, participants: ['app-art'] } }] };
    expect(planShiftHandoff(solo, 'app-art', at('2026-11-28T07:30:00Z'), ['ITOPS-1'], 'note')).toMatchObject({ ok: false, message: 'Payments app on-call has no shift change ahead' });
  });
});
