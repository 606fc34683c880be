import { inWeeklyWindow, type WeeklyWindow } from '../../../../src/domain/alerts/ingest/weeklyWindow.js';

const weekdaysNineToFive: WeeklyWindow = { timeZone: 'Europe/London', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
// Saturday night 22:00 to Sunday 02:00 in New York.
const saturdayNight: WeeklyWindow = { timeZone: 'America/New_York', days: [6], start: '22:00', end: '02:00' };

describe('inWeeklyWindow', () => {
  test.each<[string, WeeklyWindow, string, boolean]>([
    ['Monday 09:30 BST (08:30Z)', weekdaysNineToFive, '2026-07-06T08:30:00Z', true],
    ['Monday 08:59 BST', weekdaysNineToFive, '2026-07-06T07:59:00Z', false],
    ['Monday 17:00 BST is the exclusive end', weekdaysNineToFive, '2026-07-06T16:00:00Z', false],
    ['Monday 09:00 GMT in winter (09:00Z)', weekdaysNineToFive, '2026-01-05T09:00:00Z', true],
    ['Saturday 10:00 BST', weekdaysNineToFive, '2026-07-04T09:00:00Z', false],
    ['Saturday 23:00 EDT (Sun 03:00Z)', saturdayNight, '2026-07-05T03:00:00Z', true],
    ['Sunday 01:59 EDT, the morning part', saturdayNight, '2026-07-05T05:59:00Z', true],
    ['Sunday 02:00 EDT', saturdayNight, '2026-07-05T06:00:00Z', false],
    ['Saturday 21:59 EDT', saturdayNight, '2026-07-05T01:59:00Z', false],
    ['Monday 01:00 EDT, not preceded by a window day', saturdayNight, '2026-07-06T05:00:00Z', false],
    ['Sunday 00:30 EDT, the night the clocks go back', saturdayNight, '2026-11-01T04:30:00Z', true],
  ])('%s → %s', (_name, window, at, inside) => {
    expect(inWeeklyWindow(window, new Date(at))).toBe(inside);
  });

  it('treats equal start and end as the whole day', () => {
    const allSunday: WeeklyWindow = { timeZone: 'UTC', days: [7], start: '00:00', end: '00:00' };
    expect(inWeeklyWindow(allSunday, new Date('2026-07-05T13:00:00Z'))).toBe(true);
    expect(inWeeklyWindow(allSunday, new Date('2026-07-06T13:00:00Z'))).toBe(false);
  });
});
