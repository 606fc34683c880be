import { instantAt, wallClockOf } from '../../../src/domain/oncall/wallClock.js';

describe('instantAt', () => {
  test.each([
    ['an ordinary winter time in London', Date.UTC(2026, 0, 15, 9, 0), 'Europe/London', '2026-01-15T09:00:00.000Z'],
    ['an ordinary summer time in London', Date.UTC(2026, 6, 15, 9, 0), 'Europe/London', '2026-07-15T08:00:00.000Z'],
    ['the first 09:00 after London springs forward', Date.UTC(2026, 2, 29, 9, 0), 'Europe/London', '2026-03-29T08:00:00.000Z'],
    ['a time London skips (01:30 on 29 March) moves past the gap', Date.UTC(2026, 2, 29, 1, 30), 'Europe/London', '2026-03-29T01:30:00.000Z'],
    ['a time London repeats (01:30 on 25 October) takes the earlier one', Date.UTC(2026, 9, 25, 1, 30), 'Europe/London', '2026-10-25T00:30:00.000Z'],
    ['a time New York skips (02:30 on 8 March) moves past the gap', Date.UTC(2026, 2, 8, 2, 30), 'America/New_York', '2026-03-08T07:30:00.000Z'],
    ['a time New York repeats (01:30 on 1 November) takes the earlier one', Date.UTC(2026, 10, 1, 1, 30), 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['a zone south of the equator in its summer', Date.UTC(2026, 0, 15, 9, 0), 'Australia/Sydney', '2026-01-14T22:00:00.000Z'],
  ])('%s', (_, wall, zone, expected) => {
    expect(instantAt(wall, zone).toISOString()).toBe(expected);
  });
});

describe('wallClockOf', () => {
  test.each([
    ['2026-03-28T12:00:00Z', 'Europe/London', Date.UTC(2026, 2, 28, 12, 0)],
    ['2026-03-29T12:00:00Z', 'Europe/London', Date.UTC(2026, 2, 29, 13, 0)],
    ['2026-03-16T12:00:00Z', 'America/New_York', Date.UTC(2026, 2, 16, 8, 0)],
  ])('reads %s in %s as the local clock', (iso, zone, expected) => {
    expect(wallClockOf(new Date(iso), zone)).toBe(expected);
  });
});
