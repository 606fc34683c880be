import fc from 'fast-check';
import { addWorkingMillis, ALWAYS, officeHours, workingMillisBetween, type SlaCalendar } from '../../../sandbox/jira/sla/slaCalendar.js';

const calendars: [string, SlaCalendar][] = [
  ['24x7', ALWAYS],
  ['office hours in London', officeHours('Europe/London')],
  ['office hours in New York', officeHours('America/New_York')],
  ['office hours in Sydney', officeHours('Australia/Sydney')],
];

/** Instants across 2026, minute-aligned, so DST changes on both hemispheres are crossed. */
const instant = fc.integer({ min: Date.UTC(2026, 0, 1) / 60_000, max: Date.UTC(2027, 0, 1) / 60_000 }).map((m) => m * 60_000);

describe.each(calendars)('the %s calendar', (_name, cal) => {
  it('splits working time at any point in between', () => {
    fc.assert(
      fc.property(instant, instant, instant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p - q) as [number, number, number];
        return workingMillisBetween(a, c, cal) === workingMillisBetween(a, b, cal) + workingMillisBetween(b, c, cal);
      }),
    );
  });

  it('adds exactly the working time it is asked to add', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 200 * 60 }), (start, minutes) => {
        const end = addWorkingMillis(start, minutes * 60_000, cal);
        return end > start && workingMillisBetween(start, end, cal) === minutes * 60_000;
      }),
    );
  });
});
