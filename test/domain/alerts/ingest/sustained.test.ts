import { sustained, type AlertSighting } from '../../../../src/domain/alerts/ingest/sustained.js';

const NOW = new Date('2026-05-01T10:10:00.000Z');
const f = (hhmm: string): AlertSighting => ({ at: `2026-05-01T${hhmm}:00.000Z`, status: 'firing' });
const r = (hhmm: string): AlertSighting => ({ at: `2026-05-01T${hhmm}:00.000Z`, status: 'resolved' });

describe('sustained', () => {
  test.each<[string, AlertSighting[], { forMinutes?: number; occurrences?: number }, boolean, string]>([
    ['firing for 10 min against 5', [f('10:00')], { forMinutes: 5 }, true, 'duration'],
    ['firing exactly 5 min', [f('10:05')], { forMinutes: 5 }, true, 'duration'],
    ['firing 4 min', [f('10:06')], { forMinutes: 5 }, false, 'too-recent'],
    ['3 occurrences against 3', [f('10:07'), f('10:08'), f('10:09')], { occurrences: 3 }, true, 'occurrences'],
    ['2 occurrences against 3', [f('10:08'), f('10:09')], { occurrences: 3 }, false, 'too-recent'],
    ['either condition: count met first', [f('10:08'), f('10:09')], { forMinutes: 30, occurrences: 2 }, true, 'occurrences'],
    ['flapping: a resolve restarts the streak', [f('09:50'), r('10:00'), f('10:08')], { forMinutes: 5 }, false, 'too-recent'],
    ['flapping: occurrences before a resolve do not count', [f('10:01'), f('10:02'), r('10:03'), f('10:09')], { occurrences: 3 }, false, 'too-recent'],
    ['currently resolved', [f('09:00'), r('10:09')], { forMinutes: 5 }, false, 'not-firing'],
    ['no history', [], { forMinutes: 5 }, false, 'not-firing'],
    ['no rule escalates the first sighting', [f('10:09')], {}, true, 'no-rule'],
    ['a sighting after now is ignored', [f('10:09'), r('10:11')], { occurrences: 1 }, true, 'occurrences'],
  ])('%s → escalate %s (%s)', (_name, history, rule, escalate, why) => {
    const result = sustained(history, rule, NOW);
    expect(result.escalate).toBe(escalate);
    expect(result.escalate ? result.because : result.reason).toBe(why);
  });

  it('does not depend on the order of the history and reports the streak start and count', () => {
    expect(sustained([f('10:09'), r('10:00'), f('10:02'), f('09:30')], { forMinutes: 5 }, NOW)).toEqual({
      escalate: true,
      because: 'duration',
      occurrences: 2,
      firingSince: '2026-05-01T10:02:00.000Z',
    });
  });
});
