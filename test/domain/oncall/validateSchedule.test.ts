import { describeFieldError } from '../../../src/domain/shared/fieldError.js';
import { validateSchedule } from '../../../src/domain/oncall/validateSchedule.js';

type Json = Record<string, unknown>;

function aRotationInput(fields: Json = {}): Json {
  return { kind: 'daily', handoffTime: '09:00', timeZone: 'Europe/London', participants: ['ana', 'bo'], startDate: '2026-03-01', ...fields };
}

function aScheduleInput(fields: Json = {}, rotation: Json = {}): Json {
  return {
    id: 'payments',
    name: 'Payments',
    timeZone: 'Europe/London',
    layers: [{ name: 'Primary', rotation: aRotationInput(rotation) }],
    overrides: [],
    ...fields,
  };
}

function errorsOf(input: unknown): string[] {
  const result = validateSchedule(input);
  return result.ok ? [] : result.errors.map(describeFieldError);
}

describe('validateSchedule', () => {
  it('accepts a well-formed schedule and turns override instants into dates', () => {
    const result = validateSchedule(
      aScheduleInput({ overrides: [{ id: 'o1', accountId: 'bo', start: '2026-03-10T13:00:00Z', end: '2026-03-10T15:00:00+01:00' }] }),
    );
    expect(result).toMatchObject({ ok: true, value: { overrides: [{ start: new Date('2026-03-10T13:00:00Z'), end: new Date('2026-03-10T14:00:00Z') }] } });
  });

  test.each<[string, Json, Json, string]>([
    ['a rotation with no participants', {}, { participants: [] }, 'layers[0].rotation.participants: must not be empty'],
    ['a blank participant', {}, { participants: ['ana', ' '] }, 'layers[0].rotation.participants[1]: must not be empty'],
    ['a time zone that does not exist', {}, { timeZone: 'Europe/Atlantis' }, 'layers[0].rotation.timeZone: "Europe/Atlantis" is not an IANA time zone (e.g. Europe/London)'],
    ['a schedule time zone that is only an offset', { timeZone: '+02:00' }, {}, 'timeZone: "+02:00" is not an IANA time zone (e.g. Europe/London)'],
    ['a handoff time that is not HH:mm', {}, { handoffTime: '9am' }, 'layers[0].rotation.handoffTime: must be HH:mm (24-hour)'],
    ['a handoff time past 23:59', {}, { handoffTime: '24:00' }, 'layers[0].rotation.handoffTime: must be HH:mm (24-hour)'],
    ['a start date that is not in the calendar', {}, { startDate: '2026-02-30' }, 'layers[0].rotation.startDate: must be a YYYY-MM-DD calendar date'],
    ['a custom length of zero', {}, { kind: 'custom', shiftLengthHours: 0 }, 'layers[0].rotation.shiftLengthHours: must be greater than 0'],
    ['a negative custom length', {}, { kind: 'custom', shiftLengthHours: -12 }, 'layers[0].rotation.shiftLengthHours: must be greater than 0'],
    ['a custom rotation without a length', {}, { kind: 'custom' }, 'layers[0].rotation.shiftLengthHours: is required'],
    ['a custom length that is not whole minutes', {}, { kind: 'custom', shiftLengthHours: 1.001 }, 'layers[0].rotation.shiftLengthHours: must be a whole number of minutes'],
    ['an unknown rotation kind', {}, { kind: 'fortnightly' }, "layers[0].rotation.kind: must be 'daily', 'weekly' or 'custom'"],
    ['an empty weekday restriction', {}, { restriction: { weekdays: [] } }, 'layers[0].rotation.restriction.weekdays: must not be empty; leave it out to allow every day'],
    ['restriction hours that start and end together', {}, { restriction: { hours: { from: '09:00', to: '09:00' } } }, 'layers[0].rotation.restriction.hours.to: must differ from hours.from'],
    ['a schedule without layers', { layers: [] }, {}, 'layers: must have at least one layer'],
    ['a missing name', { name: undefined }, {}, 'name: is required'],
    ['an override ending before it starts', { overrides: [{ id: 'o1', accountId: 'bo', start: '2026-03-10T15:00:00Z', end: '2026-03-10T13:00:00Z' }] }, {}, 'overrides[0].end: must be after start'],
    ['an override instant without a zone', { overrides: [{ id: 'o1', accountId: 'bo', start: '2026-03-10T13:00:00', end: '2026-03-10T15:00:00Z' }] }, {}, 'overrides[0].start: must be an ISO 8601 instant with a zone, e.g. 2026-03-29T09:00:00Z'],
  ])('refuses %s', (_, schedule, rotation, expected) => {
    expect(errorsOf(aScheduleInput(schedule, rotation))).toEqual([expected]);
  });

  it('refuses overlapping overrides, naming both', () => {
    const overrides = [
      { id: 'o1', accountId: 'bo', start: '2026-03-10T13:00:00Z', end: '2026-03-10T15:00:00Z' },
      { id: 'o2', accountId: 'cy', start: '2026-03-10T16:00:00Z', end: '2026-03-10T17:00:00Z' },
      { id: 'o3', accountId: 'cy', start: '2026-03-10T14:59:00Z', end: '2026-03-10T16:00:00Z' },
    ];
    expect(errorsOf(aScheduleInput({ overrides }))).toEqual([
      'overrides[2]: overlaps overrides[0] (2026-03-10T13:00:00.000Z to 2026-03-10T15:00:00.000Z)',
    ]);
  });

  it('accepts overrides that touch end to start', () => {
    const overrides = [
      { id: 'o1', accountId: 'bo', start: '2026-03-10T13:00:00Z', end: '2026-03-10T15:00:00Z' },
      { id: 'o2', accountId: 'cy', start: '2026-03-10T15:00:00Z', end: '2026-03-10T17:00:00Z' },
    ];
    expect(errorsOf(aScheduleInput({ overrides }))).toEqual([]);
  });

  it('refuses two overrides with the same id', () => {
    const overrides = [
      { id: 'o1', accountId: 'bo', start: '2026-03-10T13:00:00Z', end: '2026-03-10T14:00:00Z' },
      { id: 'o1', accountId: 'cy', start: '2026-03-11T13:00:00Z', end: '2026-03-11T14:00:00Z' },
    ];
    expect(errorsOf(aScheduleInput({ overrides }))).toEqual(['overrides[1].id: duplicates overrides[0].id']);
  });

  it('reports every problem at once, not just the first', () => {
    expect(errorsOf(aScheduleInput({}, { participants: [], handoffTime: '25:00' }))).toEqual([
      'layers[0].rotation.handoffTime: must be HH:mm (24-hour)',
      'layers[0].rotation.participants: must not be empty',
    ]);
  });

  it('refuses fields it does not know, so a typo is not silently dropped', () => {
    expect(errorsOf(aScheduleInput({}, { handofTime: '09:00' }))).toEqual([
      "layers[0].rotation: Unrecognized key(s) in object: 'handofTime'",
    ]);
  });
});
