import type { ReviewRecord } from '../../contracts/reviewRecord.js';
import type { ReviewSettings } from '../../contracts/reviewSettings.js';

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

export type ReviewStep = 'remind' | 'escalateOverdue';

export interface ReviewDue {
  /** What is due now, in order. */
  steps: ReviewStep[];
  /** When the next step falls due (epoch ms), or null when nothing is left or the clock is paused. */
  nextAtMs: number | null;
}

/** The due time of a review opened for a resolution at `resolvedAtMs`. */
export function reviewDueAt(resolvedAtMs: number, settings: ReviewSettings): number {
  return resolvedAtMs + settings.dueHours * HOUR;
}

/** When the reminder goes out: a fixed lead before the due time, never before the review opened. */
export function reminderAt(review: ReviewRecord, settings: ReviewSettings): number {
  return Math.max(Date.parse(review.openedAt), Date.parse(review.dueAt) - settings.reminderHoursBefore * HOUR);
}

/**
 * What is due on a review at `now`: the reminder once, then the overdue escalation once.
 * Nothing is due on a completed review or while the incident is reopened.
 *
 * @example 48 h review resolved at 10:00 Mon, reminder 4 h before: at 06:00 Wed → ['remind'], next 10:00 Wed.
 */
export function reviewDue(review: ReviewRecord, settings: ReviewSettings, now: number): ReviewDue {
  if (review.status !== 'open' || review.pausedAt !== null) return { steps: [], nextAtMs: null };
  const remindAt = reminderAt(review, settings);
  const dueAt = Date.parse(review.dueAt);
  const steps: ReviewStep[] = [];
  // A review already overdue when first evaluated (the sweep after an outage) is escalated,
  // not reminded first: the reminder would say "due soon" about something already late.
  if (review.remindedAt === null && now >= remindAt && now < dueAt) steps.push('remind');
  if (review.overdueEscalatedAt === null && now >= dueAt) steps.push('escalateOverdue');
  const pending = [
    review.remindedAt === null && !steps.includes('remind') && now < remindAt ? remindAt : null,
    review.overdueEscalatedAt === null && !steps.includes('escalateOverdue') ? dueAt : null,
  ].filter((t): t is number => t !== null);
  return { steps, nextAtMs: pending.length ? Math.min(...pending) : null };
}

/** The incident was reopened: the review's clock stops. */
export function pauseReview(review: ReviewRecord, now: number): ReviewRecord {
  if (review.status !== 'open' || review.pausedAt !== null) return review;
  return { ...review, pausedAt: iso(now), timerAt: null };
}

/** Resolved again: the due time moves later by exactly the time spent reopened. */
export function resumeReview(review: ReviewRecord, now: number): ReviewRecord {
  if (review.pausedAt === null) return review;
  const paused = Math.max(0, now - Date.parse(review.pausedAt));
  return { ...review, pausedAt: null, pausedTotalMs: review.pausedTotalMs + paused, dueAt: iso(Date.parse(review.dueAt) + paused) };
}
