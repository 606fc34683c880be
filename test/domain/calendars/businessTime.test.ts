import type { BusinessCalendar } from '../../../src/contracts/config.js';
import { addBusinessMs, businessMsBetween } from '../../../src/domain/calendars/businessTime.js';

const nineToFive = [{ start: '09:00', end: '17:00' }];
const london: BusinessCalendar = {
  id: 'ldn', name: 'London', timeZone: 'Europe/London', holidays: ['2026-12-25'],
  week: { '1': nineToFive, '2': nineToFive, '3': nineToFive, '4': nineToFive, '5': nineToFive },
};
const newYork: BusinessCalendar = { ...london, id: 'nyc', name: 'New York', timeZone: 'America/New_York', holidays: [] };
const t = (iso: string) => Date.parse(iso);
const H = 3_600_000;

describe('businessMsBetween', () => {
  test.each([
    ['inside one day', london, '2026-11-27T10:00:00Z', '2026-11-27T12:30:00Z', 2.5],
    ['Friday 16:00 to Monday 10:00 counts 2 hours', london, '2026-11-27T16:00:00Z', '2026-11-30T10:00:00Z', 2],
    ['a whole weekend counts nothing', london, '2026-11-28T00:00:00Z', '2026-11-30T00:00:00Z', 0],
    ['Christmas Day is a holiday', london, '2026-12-24T16:00:00Z', '2026-12-28T10:00:00Z', 2],
    ['before opening counts from 09:00 local', london, '2026-11-27T07:00:00Z', '2026-11-27T10:00:00Z', 1],
    ['a London working day in BST is 08:00–16:00 UTC', london, '2026-06-01T07:00:00Z', '2026-06-01T17:00:00Z', 8],
    ['the Monday after the spring change is still 8 hours', london, '2026-03-30T00:00:00Z', '2026-03-31T00:00:00Z', 8],
    ['New York 09:00 EST is 14:00 UTC', newYork, '2026-11-27T13:00:00Z', '2026-11-27T15:00:00Z', 1],
    ['New York after its March change, before London changes', newYork, '2026-03-09T12:00:00Z', '2026-03-09T14:00:00Z', 1],
    ['end before start is zero', london, '2026-11-27T12:00:00Z', '2026-11-27T10:00:00Z', 0],
  ])('%s', (_name, cal, from, to, hours) => {
    expect(businessMsBetween(cal, t(from), t(to)) / H).toBeCloseTo(hours, 6);
  });
});

describe('addBusinessMs', () => {
  test.each([
    ['2 hours from Friday 16:00 lands Monday 10:00', london, '2026-11-27T16:00:00Z', 2, '2026-11-30T10:00:00.000Z'],
    ['1 hour from Saturday lands Monday 10:00', london, '2026-11-28T12:00:00Z', 1, '2026-11-30T10:00:00.000Z'],
    ['skips Christmas', london, '2026-12-24T16:00:00Z', 2, '2026-12-28T10:00:00.000Z'],
    ['an hour before Friday close plus one on Monday, across the October change', london, '2026-10-23T15:00:00Z', 2, '2026-10-26T10:00:00.000Z'],
  ])('%s', (_name, cal, from, hours, expected) => {
    expect(new Date(addBusinessMs(cal, t(from), hours * H)!).toISOString()).toBe(expected);
  });

  it('gives null when a calendar never works', () => {
    const never: BusinessCalendar = { ...london, week: {} };
    expect(addBusinessMs(never, t('2026-11-27T10:00:00Z'), H)).toBeNull();
  });

  it('is the inverse of businessMsBetween', () => {
    const from = t('2026-11-26T15:20:00Z');
    const end = addBusinessMs(london, from, 13.5 * H)!;
    expect(businessMsBetween(london, from, end)).toBe(13.5 * H);
  });
});
