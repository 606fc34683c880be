import type { EscalationState } from '../../contracts/escalationState.js';
import type { ReviewRecord } from '../../contracts/reviewRecord.js';
import type { Incident } from '../../domain/incident/incident.js';
import { requiresReview } from '../../domain/reviews/requiresReview.js';
import { pauseReview, resumeReview } from '../../domain/reviews/reviewClock.js';
import { reviewFacts } from '../../domain/reviews/reviewFacts.js';
import type { Settings } from '../policies/loadSettings.js';
import type { Deps } from '../shared/deps.js';
import { advanceReview } from './advanceReview.js';
import { openReview, type ReviewDeps } from './openReview.js';
import { logReviewEvent } from './reviewEvent.js';
import { reviewSettingsOrDefault } from './reviewSettingsOrDefault.js';

export type ReviewTracking =
  | { kind: 'none'; reason: string }
  | { kind: 'opened' | 'paused' | 'resumed' | 'advanced'; review: ReviewRecord }
  | { kind: 'claimedElsewhere' }
  | { kind: 'failed'; error: string };

/**
 * The review side of evaluating an incident: a resolved escalation that needs a review opens
 * one; reopening the incident stops the review's clock, resolving it again restarts it; and
 * whatever is due on an open review (reminder, overdue escalation) is done on this evaluation.
 */
export async function trackReview(deps: Deps, incident: Incident, state: EscalationState | null, escalation: Settings): Promise<ReviewTracking> {
  if (!deps.reviews) return { kind: 'none', reason: 'reviews are not wired in' };
  const rd = deps as ReviewDeps;
  const settings = await reviewSettingsOrDefault(rd.reviews.store);
  const existing = await rd.reviews.store.getReview(incident.key);
  const now = deps.clock.now();
  const resolved = incident.statusCategory === 'done';

  if (!existing) {
    if (!resolved) return { kind: 'none', reason: 'not resolved' };
    const events = await deps.store.listEvents(incident.key);
    const facts = reviewFacts(state, events, incident.service);
    const rule = requiresReview(settings, facts);
    if (!rule.required) return { kind: 'none', reason: rule.reason };
    const opened = await openReview(rd, incident, state, facts, settings, rule.reason);
    if (opened.kind !== 'opened') return opened;
    return { kind: 'opened', review: await advanceReview(rd, opened.review, settings, escalation) };
  }
  if (existing.status !== 'open') return { kind: 'none', reason: `review ${existing.issueKey} is ${existing.status}` };

  if (!resolved && existing.pausedAt === null) {
    const paused = pauseReview(existing, now);
    await rd.reviews.store.saveReview(paused);
    await logReviewEvent(deps, incident.key, 'reviewPaused', `${incident.key} reopened: review ${existing.issueKey} paused with ${remaining(existing, now)} left.`);
    return { kind: 'paused', review: paused };
  }
  if (!resolved) return { kind: 'none', reason: 'incident reopened; review paused' };
  if (existing.pausedAt !== null) {
    const resumed = resumeReview(existing, now);
    await rd.reviews.store.saveReview(resumed);
    await logReviewEvent(deps, incident.key, 'reviewResumed', `${incident.key} resolved again: review ${existing.issueKey} now due ${resumed.dueAt}.`);
    return { kind: 'resumed', review: await advanceReview(rd, resumed, settings, escalation) };
  }
  return { kind: 'advanced', review: await advanceReview(rd, existing, settings, escalation) };
}

function remaining(r: ReviewRecord, now: number): string {
  const ms = Date.parse(r.dueAt) - now;
  if (ms <= 0) return 'none (already overdue)';
  const h = Math.floor(ms / 3_600_000);
  const m = Math.round((ms % 3_600_000) / 60_000);
  return `${h} h ${m} min`;
}
