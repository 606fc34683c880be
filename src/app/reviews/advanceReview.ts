import type { ReviewRecord } from '../../contracts/reviewRecord.js';
import type { ReviewSettings } from '../../contracts/reviewSettings.js';
import { reviewDue, type ReviewStep } from '../../domain/reviews/reviewClock.js';
import { MAX_TIMER_SECONDS } from '../escalation/recordDecision.js';
import type { Settings } from '../policies/loadSettings.js';
import { linkReview, type ReviewDeps } from './openReview.js';
import { logReviewEvent } from './reviewEvent.js';
import { describeTarget } from '../../domain/escalation/describeTarget.js';
import { overdueRecipients } from './reviewRecipients.js';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Does what is due on an open review now (link it if not yet linked, remind, escalate when
 * overdue) and keeps exactly one exact timer armed for its next step. Each message is claimed
 * by key first, so a duplicate evaluation sends nothing twice.
 */
export async function advanceReview(deps: ReviewDeps, review: ReviewRecord, settings: ReviewSettings, escalation: Settings): Promise<ReviewRecord> {
  let r = review;
  if (r.linkedAt === null) {
    try {
      r = await linkReview(deps, r, settings);
    } catch (e) {
      // The link is retried on the next evaluation; the clock does not wait for it.
      console.error(`${r.incidentKey}: linking review ${r.issueKey} failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  const now = deps.clock.now();
  const due = reviewDue(r, settings, now);
  for (const step of due.steps) r = await carryOut(deps, r, step, escalation, now);
  r = await armTimer(deps, r, due.nextAtMs, now);
  if (JSON.stringify(r) !== JSON.stringify(review)) await deps.reviews.store.saveReview(r);
  return r;
}

async function carryOut(deps: ReviewDeps, r: ReviewRecord, step: ReviewStep, escalation: Settings, now: number): Promise<ReviewRecord> {
  const key = `review-${step}:${r.incidentKey}:${r.dueAt}`;
  if (!(await deps.store.claimIntent(key, 300))) return r;
  try {
    if (step === 'remind') {
      const targets = r.ownerAccountId ? [{ type: 'user' as const, accountId: r.ownerAccountId }] : [];
      if (targets.length) {
        await deps.notifier.page({ incidentKey: r.issueKey, purpose: 'responderPage', subject: `Post-incident review ${r.issueKey} is due ${r.dueAt}`, body: `The review of ${r.incidentKey} is due at ${r.dueAt}. Open ${r.issueKey} to record the timeline's findings.`, targets, idempotencyKey: key });
      }
      await logReviewEvent(deps, r.incidentKey, 'reviewReminded', targets.length ? `Reminded ${r.ownerAccountId} that ${r.issueKey} is due ${r.dueAt}.` : `${r.issueKey} has no owner to remind; due ${r.dueAt}.`);
      r = { ...r, remindedAt: iso(now) };
    } else {
      const targets = overdueRecipients(r, escalation, now);
      if (targets.length) {
        await deps.notifier.page({ incidentKey: r.issueKey, purpose: 'responderPage', subject: `Overdue: post-incident review ${r.issueKey}`, body: `The review of ${r.incidentKey} was due at ${r.dueAt} and is not complete. Owner: ${r.ownerAccountId ?? 'nobody'}.`, targets, idempotencyKey: key });
      }
      await logReviewEvent(deps, r.incidentKey, 'reviewOverdue', `${r.issueKey} overdue since ${r.dueAt}; escalated to ${targets.map(describeTarget).join(', ') || 'nobody (no managerial path)'}.`);
      r = { ...r, overdueEscalatedAt: iso(now) };
    }
    await deps.store.completeIntent(key);
    return r;
  } catch (e) {
    await deps.store.releaseIntent(key);
    throw e;
  }
}

/**
 * Arms the incident's exact timer for the review's next step, unless one is already armed at
 * or before it: evaluations caused by issue events must not stack a timer each. Steps further
 * than the queue's limit get a relay timer, which re-arms when it fires.
 */
async function armTimer(deps: ReviewDeps, r: ReviewRecord, nextAtMs: number | null, now: number): Promise<ReviewRecord> {
  if (nextAtMs === null) return r.timerAt === null ? r : { ...r, timerAt: null };
  const armed = r.timerAt === null ? null : Date.parse(r.timerAt);
  if (armed !== null && armed > now && armed <= nextAtMs) return r;
  const delay = Math.min(Math.max(0, Math.ceil((nextAtMs - now) / 1000)), MAX_TIMER_SECONDS);
  await deps.queue.scheduleEvaluation(r.incidentKey, delay, nextAtMs);
  return { ...r, timerAt: iso(now + delay * 1000) };
}
