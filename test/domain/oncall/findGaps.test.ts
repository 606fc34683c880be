import { findGaps } from '../../../src/domain/oncall/findGaps.js';
import { aLayer, anOverride, aSchedule, utc } from './scheduleBuilders.js';

const weekdaysOnly = aLayer('Weekdays', { restriction: { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] } });

describe('findGaps', () => {
  it('finds nothing for a round-the-clock rotation that has started', () => {
    expect(findGaps(aSchedule([aLayer('Primary')]), utc('2026-03-02T00:00:00Z'))).toEqual([]);
  });

  it('reports each weekend over the default 30 days, following the clock change', () => {
    const gaps = findGaps(aSchedule([weekdaysOnly]), utc('2026-03-02T00:00:00Z'));
    expect(gaps.map((g) => [g.start.toISOString(), g.end.toISOString()])).toEqual([
      ['2026-03-07T00:00:00.000Z', '2026-03-09T00:00:00.000Z'],
      ['2026-03-14T00:00:00.000Z', '2026-03-16T00:00:00.000Z'],
      ['2026-03-21T00:00:00.000Z', '2026-03-23T00:00:00.000Z'],
      // Saturday starts at 00:00 GMT; Monday starts at 00:00 BST, an hour earlier in UTC.
      ['2026-03-28T00:00:00.000Z', '2026-03-29T23:00:00.000Z'],
    ]);
  });

  it('does not count a gap an override covers', () => {
    const covered = aSchedule([weekdaysOnly], [anOverride('weekend', 'bo', '2026-03-07T00:00:00Z', '2026-03-09T00:00:00Z')]);
    expect(findGaps(covered, utc('2026-03-02T00:00:00Z'), 7)).toEqual([]);
  });

  it('reports the time before the first handoff as a gap', () => {
    expect(findGaps(aSchedule([aLayer('Primary')]), utc('2026-03-01T00:00:00Z'), 1)).toEqual([
      { start: utc('2026-03-01T00:00:00Z'), end: utc('2026-03-01T09:00:00Z') },
    ]);
  });
});
