import { computeSla, type SlaTimeline } from '../../../sandbox/jira/sla/computeSla.js';
import { addWorkingMillis, ALWAYS, isWithinCalendar, officeHours, workingMillisBetween } from '../../../sandbox/jira/sla/slaCalendar.js';
import type { SlaMetric } from '../../../sandbox/jira/sla/slaMetrics.js';

const MIN = 60_000;
const at = (iso: string) => new Date(iso).getTime();

const metric = (kind: SlaMetric['kind'], calendar = ALWAYS, goalMin = 30): SlaMetric => ({
  id: '1',
  kind,
  name: kind === 'resolution' ? 'Time to resolution' : 'Time to first response',
  fieldId: 'customfield_1',
  goals: { High: { durationMs: goalMin * MIN, calendar } },
});

/** Status ids: 1 Open, 3 In Progress, 10002 Waiting for customer, 5 Resolved. */
const timeline = (created: string, moves: [string, string][] = [], firstResponseAt: string | null = null): SlaTimeline => ({
  created: at(created),
  statuses: [{ at: at(created), statusId: '1' }, ...moves.map(([t, s]) => ({ at: at(t), statusId: s }))],
  firstResponseAt: firstResponseAt === null ? null : at(firstResponseAt),
  priorityName: 'High',
});

describe('computeSla on a 24x7 calendar', () => {
  test.each([
    ['runs from creation', [], '2026-11-25T10:20:00Z', { elapsed: 20, remaining: 10, breached: false, paused: false, breachTime: '2026-11-25T10:30:00Z' }],
    ['breaches once the goal has passed', [], '2026-11-25T10:45:00Z', { elapsed: 45, remaining: -15, breached: true, paused: false, breachTime: '2026-11-25T10:30:00Z' }],
    ['does not count the hour spent waiting for the customer', [['2026-11-25T10:10:00Z', '10002'], ['2026-11-25T11:10:00Z', '3']], '2026-11-25T11:20:00Z',
      { elapsed: 20, remaining: 10, breached: false, paused: false, breachTime: '2026-11-25T11:30:00Z' }],
    ['is paused, with no breach time, while waiting for the customer', [['2026-11-25T10:10:00Z', '10002']], '2026-11-25T12:00:00Z',
      { elapsed: 10, remaining: 20, breached: false, paused: true, breachTime: null }],
  ] as const)('time to resolution %s', (_name, moves, now, expected) => {
    const state = computeSla(metric('resolution'), timeline('2026-11-25T10:00:00Z', moves.map((m) => [...m] as [string, string])), at(now));
    const c = state?.ongoing;
    expect({
      elapsed: (c?.elapsedMs ?? NaN) / MIN,
      remaining: (c?.remainingMs ?? NaN) / MIN,
      breached: c?.breached,
      paused: c?.paused,
      breachTime: c?.breachTime == null ? null : new Date(c.breachTime).toISOString().replace('.000', ''),
    }).toEqual(expected);
  });

  it('completes the resolution cycle when the issue is resolved, and starts another when reopened', () => {
    const state = computeSla(
      metric('resolution'),
      timeline('2026-11-25T10:00:00Z', [['2026-11-25T10:40:00Z', '5'], ['2026-11-25T12:00:00Z', '1']]),
      at('2026-11-25T12:05:00Z'),
    );
    expect(state?.completed.map((c) => [c.elapsedMs / MIN, c.breached])).toEqual([[40, true]]);
    expect(state?.ongoing?.elapsedMs).toBe(5 * MIN);
  });

  it('stops time to first response at the first public agent comment', () => {
    const state = computeSla(metric('firstResponse'), timeline('2026-11-25T10:00:00Z', [], '2026-11-25T10:12:00Z'), at('2026-11-25T11:00:00Z'));
    expect(state?.ongoing).toBeNull();
    expect(state?.completed.map((c) => [c.elapsedMs / MIN, c.breached])).toEqual([[12, false]]);
  });

  it('has no SLA for a priority without a goal', () => {
    expect(computeSla(metric('resolution'), { ...timeline('2026-11-25T10:00:00Z'), priorityName: 'Lowest' }, at('2026-11-25T11:00:00Z'))).toBeNull();
  });
});

describe('computeSla on office hours (09:00-17:00 Mon-Fri, Europe/London)', () => {
  const office = officeHours('Europe/London');

  it('counts Friday afternoon and Monday morning, not the weekend', () => {
    const state = computeSla(metric('resolution', office, 60), timeline('2026-11-27T16:30:00Z'), at('2026-11-30T09:15:00Z'));
    expect(state?.ongoing?.elapsedMs).toBe(45 * MIN);
    expect(state?.ongoing?.breachTime).toBe(at('2026-11-30T09:30:00Z'));
    expect(state?.ongoing?.withinCalendarHours).toBe(true);
  });

  it('does not run overnight', () => {
    const state = computeSla(metric('firstResponse', office, 60), timeline('2026-11-25T16:50:00Z'), at('2026-11-26T08:00:00Z'));
    expect(state?.ongoing?.elapsedMs).toBe(10 * MIN);
    expect(state?.ongoing?.withinCalendarHours).toBe(false);
    expect(state?.ongoing?.breachTime).toBe(at('2026-11-26T09:50:00Z'));
  });
});

describe('slaCalendar', () => {
  const newYork = officeHours('America/New_York');

  test.each([
    ['a weekday morning in New York', '2026-11-25T14:00:00Z', '2026-11-25T15:30:00Z', 90],
    ['Friday 16:00 to Monday 10:00 New York time', '2026-11-27T21:00:00Z', '2026-11-30T15:00:00Z', 120],
    ['a whole weekend', '2026-11-28T00:00:00Z', '2026-11-30T05:00:00Z', 0],
    ['across the March DST change (Friday 16:00 EST to Monday 10:00 EDT)', '2026-03-06T21:00:00Z', '2026-03-09T14:00:00Z', 120],
  ])('counts %s', (_name, from, to, minutes) => {
    expect(workingMillisBetween(at(from), at(to), newYork) / MIN).toBe(minutes);
  });

  it('adds working time across the weekend', () => {
    expect(addWorkingMillis(at('2026-11-27T21:30:00Z'), 60 * MIN, newYork)).toBe(at('2026-11-30T14:30:00Z'));
  });

  it('knows when it is open', () => {
    expect(isWithinCalendar(at('2026-11-28T15:00:00Z'), newYork)).toBe(false);
    expect(isWithinCalendar(at('2026-11-30T15:00:00Z'), newYork)).toBe(true);
  });
});
