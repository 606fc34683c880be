import type { Trigger } from '../../../src/contracts/trigger.js';
import { evaluateTrigger, type TriggerContext } from '../../../src/domain/triggers/evaluateTrigger.js';
import { aConfig, anIncident, anSla, at, min, slaAt, T0 } from '../../support/builders.js';

const ctx = (over: Partial<TriggerContext> = {}): TriggerContext => ({
  now: at(0), factor: 1, priority: 'P3', acknowledged: false, calendars: aConfig().calendars, ...over,
});
const ttr = 'Time to resolution';

describe('SLA triggers', () => {
  test.each<[string, Trigger, number, number, boolean, number | null]>([
    // name, trigger, elapsed of a 240m goal, factor, fired, minutes until it fires
    ['75% of 240m not reached at 120m', { id: 't', type: 'slaPercent', metric: ttr, percent: 75 }, 120, 1, false, 60],
    ['75% of 240m reached at 180m', { id: 't', type: 'slaPercent', metric: ttr, percent: 75 }, 180, 1, true, 0],
    ['mission-critical factor 0.5 turns 75% into 37.5% (90m)', { id: 't', type: 'slaPercent', metric: ttr, percent: 75 }, 90, 0.5, true, 0],
    ['30m remaining not reached with 60m left', { id: 't', type: 'slaRemaining', metric: ttr, remainingMinutes: 30 }, 180, 1, false, 30],
    ['30m remaining reached with 30m left', { id: 't', type: 'slaRemaining', metric: ttr, remainingMinutes: 30 }, 210, 1, true, 0],
    ['factor 0.5 turns 30m remaining into 60m remaining', { id: 't', type: 'slaRemaining', metric: ttr, remainingMinutes: 30 }, 180, 0.5, true, 0],
    ['breached fires past the goal', { id: 't', type: 'slaBreached', metric: ttr }, 250, 1, true, 0],
    ['breached waits for the goal', { id: 't', type: 'slaBreached', metric: ttr }, 200, 1, false, 40],
  ])('%s', (_name, trigger, elapsed, factor, fired, inMinutes) => {
    const o = evaluateTrigger(trigger, anIncident({ slas: [slaAt(elapsed)] }), ctx({ factor }));
    expect(o.fired).toBe(fired);
    expect(o.firesAt).toBe(inMinutes === null ? null : at(inMinutes));
  });

  it('cannot predict a paused clock', () => {
    const o = evaluateTrigger({ id: 't', type: 'slaPercent', metric: ttr, percent: 75 },
      anIncident({ slas: [anSla({ elapsedMs: min(60), remainingMs: min(180), paused: true })] }), ctx());
    expect(o).toMatchObject({ fired: false, firesAt: null });
  });

  it('never fires on a met SLA', () => {
    const o = evaluateTrigger({ id: 't', type: 'slaBreached', metric: ttr },
      anIncident({ slas: [anSla({ completed: true, elapsedMs: min(10) })] }), ctx());
    expect(o).toMatchObject({ fired: false, firesAt: null });
    expect(o.detail()).toBe('"Time to resolution" is already met');
  });

  it('says when the SLA is missing', () => {
    const o = evaluateTrigger({ id: 't', type: 'slaBreached', metric: 'Time to first response' }, anIncident(), ctx());
    expect(o.detail()).toBe('no "Time to first response" SLA on this incident');
  });

  it('describes the measurement in words', () => {
    const o = evaluateTrigger({ id: 't', type: 'slaPercent', metric: ttr, percent: 75 }, anIncident({ slas: [slaAt(180)] }), ctx());
    expect(o.detail()).toBe('"Time to resolution" is 75.0% elapsed (3h of 4h); threshold 75%');
  });
});

describe('time triggers', () => {
  const created = new Date(T0).toISOString();
  test.each<[string, Trigger, Partial<Parameters<typeof anIncident>[0]>, number, boolean, number | null]>([
    ['created 30m ago, threshold 60m', { id: 't', type: 'timeSinceCreated', minutes: 60 }, {}, 30, false, 60],
    ['created 60m ago, threshold 60m', { id: 't', type: 'timeSinceCreated', minutes: 60 }, {}, 60, true, 60],
    ['updated 10m ago, threshold 120m', { id: 't', type: 'timeSinceUpdated', minutes: 120 }, { updated: new Date(at(20)).toISOString() }, 30, false, 140],
    ['unassigned for 45m, threshold 30m', { id: 't', type: 'unassignedFor', minutes: 30 }, { unassignedSince: created }, 45, true, 45],
    ['assigned: never fires', { id: 't', type: 'unassignedFor', minutes: 30 }, { unassignedSince: null, assigneeAccountId: 'a' }, 45, false, null],
    ['not acknowledged within 15m', { id: 't', type: 'notAcknowledgedWithin', minutes: 15 }, {}, 16, true, 16],
  ])('%s', (_name, trigger, incident, nowMinutes, fired, firesAtMinutes) => {
    const o = evaluateTrigger(trigger, anIncident(incident), ctx({ now: at(nowMinutes) }));
    expect(o.fired).toBe(fired);
    expect(o.firesAt).toBe(firesAtMinutes === null ? null : at(firesAtMinutes));
  });

  it('counts business time: created Friday 16:00 London, 2h threshold fires Monday 10:00', () => {
    const friday4pm = '2026-11-27T16:00:00.000Z';
    const o = evaluateTrigger({ id: 't', type: 'timeSinceCreated', minutes: 120, calendarId: 'london-office' },
      anIncident({ created: friday4pm }), ctx({ now: Date.parse('2026-11-28T20:00:00Z') }));
    expect(o.fired).toBe(false);
    expect(new Date(o.firesAt!).toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(o.detail()).toBe('1h business time (London office hours) since created; threshold 2h');
  });

  it('acknowledged incidents do not fire not-acknowledged triggers', () => {
    const o = evaluateTrigger({ id: 't', type: 'notAcknowledgedWithin', minutes: 15 }, anIncident(), ctx({ now: at(60), acknowledged: true }));
    expect(o.fired).toBe(false);
  });
});

describe('priority and manual triggers', () => {
  test.each([
    ['P1', 'P2', true],
    ['P2', 'P2', true],
    ['P3', 'P2', false],
  ] as const)('priority %s against "at least %s" fires: %s', (priority, threshold, fired) => {
    const o = evaluateTrigger({ id: 't', type: 'priorityAtLeast', priority: threshold }, anIncident(), ctx({ priority }));
    expect(o.fired).toBe(fired);
  });

  it('a manual trigger never fires by itself', () => {
    expect(evaluateTrigger({ id: 'm', type: 'manual' }, anIncident(), ctx()).fired).toBe(false);
  });
});
