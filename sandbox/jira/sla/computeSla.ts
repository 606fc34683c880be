import { statusById, WAITING_FOR_CUSTOMER_STATUS_ID } from '../workflowCatalog.js';
import { addWorkingMillis, isWithinCalendar, workingMillisBetween } from './slaCalendar.js';
import type { SlaGoal, SlaMetric } from './slaMetrics.js';

/** What an SLA needs to know about an issue's history. */
export interface SlaTimeline {
  created: number;
  /** The status held from each instant on, oldest first; the first entry is at `created`. */
  statuses: readonly { at: number; statusId: string }[];
  /** First public comment by an agent, if any. */
  firstResponseAt: number | null;
  priorityName: string;
}

export interface SlaCycle {
  start: number;
  /** null while the cycle is ongoing. */
  stop: number | null;
  goalMs: number;
  elapsedMs: number;
  remainingMs: number;
  breached: boolean;
  /** When the goal was (or will be) reached; null while paused before the breach. */
  breachTime: number | null;
  paused: boolean;
  withinCalendarHours: boolean;
}

export interface SlaState {
  metric: SlaMetric;
  ongoing: SlaCycle | null;
  completed: SlaCycle[];
}

interface Segment {
  from: number;
  to: number;
  statusId: string;
}

function segmentsUntil(timeline: SlaTimeline, now: number): Segment[] {
  const out: Segment[] = [];
  timeline.statuses.forEach((s, i) => {
    const next = timeline.statuses[i + 1];
    const to = Math.min(next ? next.at : now, now);
    // The current status is kept even when entered this very millisecond: it decides whether a cycle is open.
    if (s.at < to || (!next && s.at <= now)) out.push({ from: s.at, to, statusId: s.statusId });
  });
  return out;
}

const isDone = (statusId: string): boolean => statusById(statusId).category === 'done';

/** [start, stop) pairs of each cycle; stop is null for the ongoing one. */
function cycleBounds(metric: SlaMetric, timeline: SlaTimeline, segments: Segment[]): [number, number | null][] {
  const firstDone = segments.find((s) => isDone(s.statusId))?.from ?? null;
  if (metric.kind === 'firstResponse') {
    const stops = [timeline.firstResponseAt, firstDone].filter((t): t is number => t !== null);
    return [[timeline.created, stops.length > 0 ? Math.min(...stops) : null]];
  }
  // Resolution: a cycle runs until the issue enters a Done status, and a new one starts when it is reopened.
  const bounds: [number, number | null][] = [];
  let open: number | null = null;
  for (const s of segments) {
    if (!isDone(s.statusId) && open === null) open = s.from;
    if (isDone(s.statusId) && open !== null) {
      bounds.push([open, s.from]);
      open = null;
    }
  }
  if (open !== null) bounds.push([open, null]);
  return bounds;
}

function runningIntervals(segments: Segment[], start: number, end: number): [number, number][] {
  const out: [number, number][] = [];
  for (const s of segments) {
    if (s.statusId === WAITING_FOR_CUSTOMER_STATUS_ID) continue;
    const a = Math.max(s.from, start);
    const b = Math.min(s.to, end);
    if (a < b) out.push([a, b]);
  }
  return out;
}

function measureCycle(goal: SlaGoal, segments: Segment[], start: number, stop: number | null, now: number): SlaCycle {
  const end = stop ?? now;
  const running = runningIntervals(segments, start, end);
  let elapsedMs = 0;
  let breachTime: number | null = null;
  for (const [a, b] of running) {
    const part = workingMillisBetween(a, b, goal.calendar);
    if (breachTime === null && elapsedMs + part >= goal.durationMs) {
      breachTime = addWorkingMillis(a, goal.durationMs - elapsedMs, goal.calendar);
    }
    elapsedMs += part;
  }
  // Only an ongoing cycle can be paused, and it ends in the current status: the last segment.
  const paused = stop === null && segments.at(-1)?.statusId === WAITING_FOR_CUSTOMER_STATUS_ID;
  const remainingMs = goal.durationMs - elapsedMs;
  if (breachTime === null && stop === null && !paused) breachTime = addWorkingMillis(now, remainingMs, goal.calendar);
  return {
    start,
    stop,
    goalMs: goal.durationMs,
    elapsedMs,
    remainingMs,
    breached: elapsedMs > goal.durationMs,
    breachTime,
    paused,
    withinCalendarHours: isWithinCalendar(end, goal.calendar),
  };
}

/**
 * Derives an SLA's cycles from the status history at `now`. Nothing is stored: the same
 * history and clock always give the same answer.
 */
export function computeSla(metric: SlaMetric, timeline: SlaTimeline, now: number): SlaState | null {
  const goal = metric.goals[timeline.priorityName];
  if (!goal) return null;
  const segments = segmentsUntil(timeline, now);
  const cycles = cycleBounds(metric, timeline, segments).map(([start, stop]) =>
    measureCycle(goal, segments, start, stop, now),
  );
  return {
    metric,
    ongoing: cycles.find((c) => c.stop === null) ?? null,
    completed: cycles.filter((c) => c.stop !== null),
  };
}
