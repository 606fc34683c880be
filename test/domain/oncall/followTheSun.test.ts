import { findGaps } from '../../../src/domain/oncall/findGaps.js';
import { nextHandoffs } from '../../../src/domain/oncall/nextHandoffs.js';
import { rotationShiftAt } from '../../../src/domain/oncall/rotationShiftAt.js';
import { aLayer, aRotation, aSchedule, utc } from './scheduleBuilders.js';

// New York moves to summer time on 2026-03-08 and London on 2026-03-29: for the three weeks
// between, the two cities are four hours apart instead of five.
const newYorkDays = aLayer('New York', {
  timeZone: 'America/New_York',
  participants: ['nia', 'ned'],
  restriction: { hours: { from: '09:00', to: '17:00' } },
});
const londonDays = aLayer('London', { participants: ['lee', 'lou'], restriction: { hours: { from: '09:00', to: '17:00' } } });
const followTheSun = aSchedule([newYorkDays, londonDays]);

describe('weekly rotations handing off Mondays 09:00 local in two zones', () => {
  const newYork = aRotation({ kind: 'weekly', timeZone: 'America/New_York', startDate: '2026-03-02' });
  const london = aRotation({ kind: 'weekly', timeZone: 'Europe/London', startDate: '2026-03-02' });

  test.each([
    ['both on standard time', '2026-03-04T12:00:00Z', '2026-03-02T14:00:00Z', '2026-03-02T09:00:00Z'],
    ['New York on summer time, London not yet', '2026-03-11T12:00:00Z', '2026-03-09T13:00:00Z', '2026-03-09T09:00:00Z'],
    ['the last week between the changes', '2026-03-25T12:00:00Z', '2026-03-23T13:00:00Z', '2026-03-23T09:00:00Z'],
    ['both on summer time', '2026-04-01T12:00:00Z', '2026-03-30T13:00:00Z', '2026-03-30T08:00:00Z'],
  ])('%s: the week containing %s began at %s in New York and %s in London', (_, at, newYorkStart, londonStart) => {
    const ny = rotationShiftAt(newYork, utc(at));
    const ldn = rotationShiftAt(london, utc(at));
    expect(ny.started && ny.start.toISOString()).toBe(utc(newYorkStart).toISOString());
    expect(ldn.started && ldn.start.toISOString()).toBe(utc(londonStart).toISOString());
  });
});

describe('a follow-the-sun schedule: London 09-17 on top of New York 09-17', () => {
  test.each([
    ['before either change', '2026-03-02T00:00:00Z', ['2026-03-02T09:00:00Z', 'lou'], ['2026-03-02T17:00:00Z', 'ned'], ['2026-03-02T22:00:00Z', null]],
    ['between the changes New York leaves an hour earlier in UTC', '2026-03-16T00:00:00Z', ['2026-03-16T09:00:00Z', 'lou'], ['2026-03-16T17:00:00Z', 'ned'], ['2026-03-16T21:00:00Z', null]],
    ['after both changes London starts an hour earlier in UTC', '2026-04-06T00:00:00Z', ['2026-04-06T08:00:00Z', 'lee'], ['2026-04-06T16:00:00Z', 'nia'], ['2026-04-06T21:00:00Z', null]],
  ])('%s', (_, from, first, second, third) => {
    const handoffs = nextHandoffs(followTheSun, utc(from), 3).map((h) => [h.at.toISOString(), h.to]);
    expect(handoffs).toEqual([first, second, third].map(([at, to]) => [utc(at as string).toISOString(), to]));
  });

  test.each([
    ['2026-03-02T00:00:00Z', [['2026-03-02T00:00:00Z', '2026-03-02T09:00:00Z'], ['2026-03-02T22:00:00Z', '2026-03-03T00:00:00Z']]],
    ['2026-03-16T00:00:00Z', [['2026-03-16T00:00:00Z', '2026-03-16T09:00:00Z'], ['2026-03-16T21:00:00Z', '2026-03-17T00:00:00Z']]],
    ['2026-04-05T23:00:00Z', [['2026-04-05T23:00:00Z', '2026-04-06T08:00:00Z'], ['2026-04-06T21:00:00Z', '2026-04-06T23:00:00Z']]],
  ])('over the London day starting %s the gaps are %j', (from, gaps) => {
    const found = findGaps(followTheSun, utc(from), 1).map((g) => [g.start.toISOString(), g.end.toISOString()]);
    expect(found).toEqual(gaps.map(([start, end]) => [utc(start as string).toISOString(), utc(end as string).toISOString()]));
  });
});
