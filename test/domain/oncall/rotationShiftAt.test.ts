import { rotationShiftAt } from '../../../src/domain/oncall/rotationShiftAt.js';
import { aRotation, utc } from './scheduleBuilders.js';

const HOUR = 3_600_000;

function shiftAt(rotation: ReturnType<typeof aRotation>, iso: string) {
  const shift = rotationShiftAt(rotation, utc(iso));
  if (!shift.started) throw new Error(`expected a shift at ${iso}`);
  return {
    index: shift.index,
    accountId: shift.accountId,
    start: shift.start.toISOString(),
    end: shift.end.toISOString(),
    hours: (shift.end.getTime() - shift.start.getTime()) / HOUR,
  };
}

describe('a daily rotation handing off at 09:00 Europe/London (ana, bo, cy from 2026-03-01)', () => {
  const daily = aRotation();

  test.each([
    ['the first shift', '2026-03-01T09:00:00Z', 0, 'ana', '2026-03-01T09:00:00.000Z', '2026-03-02T09:00:00.000Z', 24],
    ['the shift before summer time is 23 hours', '2026-03-28T12:00:00Z', 27, 'ana', '2026-03-28T09:00:00.000Z', '2026-03-29T08:00:00.000Z', 23],
    ['08:59 BST on the change day is still that shift', '2026-03-29T07:59:00Z', 27, 'ana', '2026-03-28T09:00:00.000Z', '2026-03-29T08:00:00.000Z', 23],
    ['09:00 BST on the change day hands off', '2026-03-29T08:00:00Z', 28, 'bo', '2026-03-29T08:00:00.000Z', '2026-03-30T08:00:00.000Z', 24],
    ['the shift across the return to GMT is 25 hours', '2026-10-25T08:30:00Z', 237, 'ana', '2026-10-24T08:00:00.000Z', '2026-10-25T09:00:00.000Z', 25],
    ['09:00 GMT after the change hands off', '2026-10-25T09:00:00Z', 238, 'bo', '2026-10-25T09:00:00.000Z', '2026-10-26T09:00:00.000Z', 24],
    ['ten years on, the shift is found by arithmetic', '2036-03-01T12:00:00Z', 3653, 'cy', '2036-03-01T09:00:00.000Z', '2036-03-02T09:00:00.000Z', 24],
  ])('%s', (_, at, index, accountId, start, end, hours) => {
    expect(shiftAt(daily, at)).toEqual({ index, accountId, start, end, hours });
  });

  it('has nobody before the first handoff and says when it starts', () => {
    expect(rotationShiftAt(daily, utc('2026-03-01T08:59:59Z'))).toEqual({
      started: false,
      startsAt: utc('2026-03-01T09:00:00Z'),
    });
  });
});

describe('a weekly rotation handing off Mondays at 09:00 Europe/London', () => {
  const weekly = aRotation({ kind: 'weekly', startDate: '2026-03-02' });

  test.each([
    ['2026-03-05T12:00:00Z', 0, 'ana', '2026-03-02T09:00:00.000Z', '2026-03-09T09:00:00.000Z', 168],
    ['2026-03-25T12:00:00Z', 3, 'ana', '2026-03-23T09:00:00.000Z', '2026-03-30T08:00:00.000Z', 167],
    ['2026-03-30T08:00:00Z', 4, 'bo', '2026-03-30T08:00:00.000Z', '2026-04-06T08:00:00.000Z', 168],
    ['2026-10-20T12:00:00Z', 33, 'ana', '2026-10-19T08:00:00.000Z', '2026-10-26T09:00:00.000Z', 169],
  ])('at %s it is shift %i (%s)', (at, index, accountId, start, end, hours) => {
    expect(shiftAt(weekly, at)).toEqual({ index, accountId, start, end, hours });
  });
});

describe('a custom 12-hour rotation handing off at 08:00 Europe/London', () => {
  const twelveHours = aRotation({ kind: 'custom', shiftLengthHours: 12, handoffTime: '08:00', startDate: '2026-03-28' });

  test.each([
    ['the day shift before the change', '2026-03-28T10:00:00Z', 0, 'ana', '2026-03-28T08:00:00.000Z', '2026-03-28T20:00:00.000Z', 12],
    ['the night shift the clocks go forward in is 11 hours', '2026-03-29T02:00:00Z', 1, 'bo', '2026-03-28T20:00:00.000Z', '2026-03-29T07:00:00.000Z', 11],
    ['the next day shift still starts at 08:00 local', '2026-03-29T07:30:00Z', 2, 'cy', '2026-03-29T07:00:00.000Z', '2026-03-29T19:00:00.000Z', 12],
  ])('%s', (_, at, index, accountId, start, end, hours) => {
    expect(shiftAt(twelveHours, at)).toEqual({ index, accountId, start, end, hours });
  });
});
