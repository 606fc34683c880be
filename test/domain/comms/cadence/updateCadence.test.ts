import { nextUpdateDue } from '../../../../src/domain/comms/cadence/nextUpdateDue.js';
import { overdueUpdate } from '../../../../src/domain/comms/cadence/overdueUpdate.js';
import { defaultUpdateCadence } from '../../../../src/domain/comms/cadence/updateCadence.js';
import { UpdateCadenceSettingsSchema } from '../../../../src/contracts/incidentCommsConfig.js';

const at = (time: string): Date => new Date(`2026-11-27T${time}:00.000Z`);

describe('nextUpdateDue', () => {
  test.each([
    ['P1', '2026-11-27T09:00:00.000Z', '2026-11-27T09:30:00.000Z'],
    ['P2', '2026-11-27T09:00:00.000Z', '2026-11-27T11:00:00.000Z'],
    ['P2', '2026-11-27T23:30:00.000Z', '2026-11-28T01:30:00.000Z'],
    ['P3', '2026-11-27T09:00:00.000Z', null],
    ['P5', '2026-11-27T09:00:00.000Z', null],
  ] as const)('with the default cadence, a %s updated at %s is next due at %s', (priority, last, due) => {
    expect(nextUpdateDue(new Date(last), priority, defaultUpdateCadence)).toEqual(due === null ? null : new Date(due));
  });

  it('follows a configured cadence', () => {
    expect(nextUpdateDue(at('09:00'), 'P3', { P3: 240 })).toEqual(at('13:00'));
  });
});

describe('overdueUpdate', () => {
  const track = { lastUpdateAt: at('09:00'), priority: 'P1' } as const;

  test.each([
    ['09:29', { kind: 'not-due', dueAt: at('09:30') }],
    ['09:30', { kind: 'remind-comms-lead', dueAt: at('09:30'), escalateAt: at('09:45') }],
    ['09:44', { kind: 'remind-comms-lead', dueAt: at('09:30'), escalateAt: at('09:45') }],
    ['09:45', { kind: 'escalate-to-manager', dueAt: at('09:30'), overdueMinutes: 15 }],
    ['10:31', { kind: 'escalate-to-manager', dueAt: at('09:30'), overdueMinutes: 61 }],
  ] as const)('for a P1 last updated at 09:00, at %s', (now, expected) => {
    expect(overdueUpdate(at(now), track, defaultUpdateCadence)).toEqual(expected);
  });

  it('uses the given grace period; zero escalates as soon as the update is due', () => {
    expect(overdueUpdate(at('09:30'), track, defaultUpdateCadence, 0)).toEqual({ kind: 'escalate-to-manager', dueAt: at('09:30'), overdueMinutes: 0 });
  });

  it('does nothing for a priority without a cadence', () => {
    expect(overdueUpdate(at('18:00'), { ...track, priority: 'P4' }, defaultUpdateCadence)).toEqual({ kind: 'no-cadence' });
  });

  it('refuses a negative grace period', () => {
    expect(() => overdueUpdate(at('09:30'), track, defaultUpdateCadence, -1)).toThrow('graceMinutes');
  });
});

describe('UpdateCadenceSettingsSchema', () => {
  test.each([
    [{ P1: 30, P2: 120 }, true],
    [{ P1: 4 }, false],
    [{ P1: 30.5 }, false],
    [{ P1: 1441 }, false],
    [{ P0: 30 }, false],
  ])('%j is valid: %s', (input, valid) => {
    expect(UpdateCadenceSettingsSchema.safeParse(input).success).toBe(valid);
  });
});
