import { whoIsOnCall } from '../../../src/domain/oncall/whoIsOnCall.js';
import { aLayer, anOverride, aSchedule, utc } from './scheduleBuilders.js';

// Bottom: ana, bo, cy daily round the clock from 2026-03-01. Top: dee and eve weekly, only
// on weekdays 09:00-17:00 London, from Monday 2026-03-02.
const base = aLayer('Round the clock');
const officeHours = aLayer('Office hours', {
  kind: 'weekly',
  participants: ['dee', 'eve'],
  startDate: '2026-03-02',
  restriction: { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'], hours: { from: '09:00', to: '17:00' } },
});
const swap = anOverride('swap', 'bo', '2026-03-16T12:00:00Z', '2026-03-16T14:00:00Z');
const schedule = aSchedule([base, officeHours], [swap]);

describe('whoIsOnCall', () => {
  test.each([
    ['the top layer wins inside its hours', '2026-03-16T10:00:00Z', 'dee', { kind: 'layer', layerIndex: 1, layerName: 'Office hours', shiftIndex: 2 }, '2026-03-16T09:00:00Z', '2026-03-16T17:00:00Z'],
    ['the bottom layer shows through after hours', '2026-03-16T18:00:00Z', 'ana', { kind: 'layer', layerIndex: 0, layerName: 'Round the clock', shiftIndex: 15 }, '2026-03-16T09:00:00Z', '2026-03-17T09:00:00Z'],
    ['the bottom layer shows through at weekends', '2026-03-21T10:00:00Z', 'cy', { kind: 'layer', layerIndex: 0, layerName: 'Round the clock', shiftIndex: 20 }, '2026-03-21T09:00:00Z', '2026-03-22T09:00:00Z'],
    ['an override wins over every layer and says whom it replaces', '2026-03-16T13:00:00Z', 'bo', { kind: 'override', overrideId: 'swap', replaces: 'dee' }, '2026-03-16T12:00:00Z', '2026-03-16T14:00:00Z'],
    ['the override ends exactly at its end instant', '2026-03-16T14:00:00Z', 'dee', { kind: 'layer', layerIndex: 1, layerName: 'Office hours', shiftIndex: 2 }, '2026-03-16T09:00:00Z', '2026-03-16T17:00:00Z'],
    ['office hours follow London summer time', '2026-04-06T08:30:00Z', 'eve', { kind: 'layer', layerIndex: 1, layerName: 'Office hours', shiftIndex: 5 }, '2026-04-06T08:00:00Z', '2026-04-06T16:00:00Z'],
  ])('%s', (_, at, accountId, source, start, end) => {
    expect(whoIsOnCall(schedule, utc(at))).toMatchObject({
      onCall: true,
      accountId,
      source,
      start: utc(start),
      end: utc(end),
    });
  });

  it('says when the answer can next change, so callers can jump instead of sampling', () => {
    const answer = whoIsOnCall(schedule, utc('2026-03-16T08:00:00Z'));
    // ana (bottom layer) until office hours open at 09:00, not until her shift ends.
    expect(answer).toMatchObject({ accountId: 'cy', stableUntil: utc('2026-03-16T09:00:00Z') });
  });

  it('finds nobody before any rotation starts, and says until when', () => {
    expect(whoIsOnCall(schedule, utc('2026-02-01T00:00:00Z'))).toEqual({
      onCall: false,
      stableUntil: utc('2026-03-01T09:00:00Z'),
    });
  });

  it('lets an override fill a gap, replacing nobody', () => {
    const gappy = aSchedule([officeHours], [anOverride('cover', 'bo', '2026-03-21T00:00:00Z', '2026-03-22T00:00:00Z')]);
    expect(whoIsOnCall(gappy, utc('2026-03-21T10:00:00Z'))).toMatchObject({
      accountId: 'bo',
      source: { kind: 'override', overrideId: 'cover', replaces: null },
    });
  });

  test.each([
    ['Friday 23:00, inside the window that opened Friday', '2026-03-20T23:00:00Z', true],
    ['Saturday 05:59, still Friday night', '2026-03-21T05:59:00Z', true],
    ['Saturday 06:00, the window has closed', '2026-03-21T06:00:00Z', false],
    ['Saturday 23:00, Saturday opens no window', '2026-03-21T23:00:00Z', false],
    ['Thursday 23:00, Thursday opens no window', '2026-03-19T23:00:00Z', false],
  ])('a Friday-night window 22:00-06:00: %s', (_, at, covered) => {
    const nights = aSchedule([aLayer('Nights', { restriction: { weekdays: ['fri'], hours: { from: '22:00', to: '06:00' } } })]);
    expect(whoIsOnCall(nights, utc(at)).onCall).toBe(covered);
  });

  it('reports a whole-day restriction as one stretch over consecutive days', () => {
    const weekdays = aSchedule([aLayer('Weekdays', { kind: 'weekly', startDate: '2026-03-02', restriction: { weekdays: ['mon', 'tue', 'wed', 'thu', 'fri'] } })]);
    expect(whoIsOnCall(weekdays, utc('2026-03-18T12:00:00Z'))).toMatchObject({
      start: utc('2026-03-16T09:00:00Z'),
      end: utc('2026-03-21T00:00:00Z'),
    });
  });
});
