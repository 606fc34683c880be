import { emptyReviewContent } from '../../contracts/reviewContent.js';
import type { EscalationState } from '../../contracts/escalationState.js';
import type { ReviewRecord } from '../../contracts/reviewRecord.js';
import type { ReviewSettings } from '../../contracts/reviewSettings.js';
import type { Incident } from '../../domain/incident/incident.js';
import { chooseReviewOwner } from '../../domain/reviews/chooseReviewOwner.js';
import type { ReviewFacts } from '../../domain/reviews/requiresReview.js';
import { reviewDueAt } from '../../domain/reviews/reviewClock.js';
import { readIncidentComms } from '../comms/state/incidentCommsRecord.js';
import type { Deps } from '../shared/deps.js';
import { logReviewEvent } from './reviewEvent.js';

/** Long enough for one create-and-link; a crashed opener's claim expires after it. */
export const OPENING_LEASE_SECONDS = 120;
/** After a failed opening (Jira down), the incident's timer tries again this much later. */
export const OPEN_RETRY_SECONDS = 60;
/** Review issues carry this label; the escalation engine leaves them alone. */
export const REVIEW_LABEL = 'post-incident-review';

export type OpenOutcome =
  | { kind: 'opened'; review: ReviewRecord }
  | { kind: 'claimedElsewhere' }
  | { kind: 'failed'; error: string };

export type ReviewDeps = Deps & { reviews: NonNullable<Deps['reviews']> };

/**
 * Opens the review of a resolved incident, once: the first invocation to claim it creates the
 * Jira issue and stores the record; duplicates of the same event, retries and the sweep find
 * the claim or the record and do nothing. A failure releases the claim and sets a timer.
 */
export async function openReview(
  deps: ReviewDeps, incident: Incident, state: EscalationState | null, facts: ReviewFacts, settings: ReviewSettings, reason: string,
): Promise<OpenOutcome> {
  const { store, issues } = deps.reviews;
  if (!(await store.claimOpening(incident.key, OPENING_LEASE_SECONDS))) return { kind: 'claimedElsewhere' };
  const now = deps.clock.now();
  // A comms property that does not parse must not stop the review: the owner falls back to the assignee.
  const comms = await readIncidentComms(deps.host, incident.key).catch(() => null);
  const owner = chooseReviewOwner({ escalationOwner: state?.acknowledgedBy ?? null, commsLead: comms?.lead?.accountId ?? null, assignee: incident.assigneeAccountId });
  const resolvedAtMs = state?.resolvedAt ? Date.parse(state.resolvedAt) : now;
  const dueAt = new Date(reviewDueAt(resolvedAtMs, settings)).toISOString();
  let issueKey: string;
  try {
    issueKey = await issues.createIssue({
      projectKey: settings.projectKey ?? incident.projectKey,
      issueType: settings.issueType,
      summary: `Post-incident review: ${incident.key}${incident.summary ? ` ${incident.summary}` : ''}`.slice(0, 255),
      description: `Review of ${incident.key} (${reason}). Due ${dueAt}. The timeline, findings and actions are in the review panel.`,
      assigneeAccountId: owner.ownerAccountId,
      labels: [REVIEW_LABEL],
    });
  } catch (e) {
    const error = e instanceof Error ? e.message : String(e);
    console.error(`${incident.key}: post-incident review not opened, retrying in ${OPEN_RETRY_SECONDS}s: ${error}`);
    await store.releaseOpening(incident.key);
    await deps.queue.scheduleEvaluation(incident.key, OPEN_RETRY_SECONDS, now + OPEN_RETRY_SECONDS * 1000);
    return { kind: 'failed', error };
  }
  // Stored at once, so a crash before the link leaves a record (linked on the next evaluation)
  // rather than an orphan issue. A crash between create and this write is the one window in
  // which a retry after the lease could open a second issue.
  const review: ReviewRecord = {
    schema: 1, incidentKey: incident.key, issueKey, status: 'open', ...owner,
    policyId: state?.policyId ?? null, priority: facts.priority, pathsReached: [...facts.pathsReached],
    openedAt: new Date(now).toISOString(), linkedAt: null, resolvedAt: new Date(resolvedAtMs).toISOString(), dueAt,
    pausedAt: null, pausedTotalMs: 0, remindedAt: null, overdueEscalatedAt: null, timerAt: null, completedAt: null, completedBy: null, content: emptyReviewContent, findings: [],
  };
  await store.saveReview(review);
  await logReviewEvent(deps, incident.key, 'reviewOpened', `Review ${issueKey} opened (${reason}); owner ${owner.ownerAccountId ?? 'nobody'} (${owner.ownerSource}); due ${dueAt}.`);
  return { kind: 'opened', review };
}

/** Links the review to its incident if not yet linked; Jira keeps one link for a repeat. */
export async function linkReview(deps: ReviewDeps, review: ReviewRecord, settings: ReviewSettings): Promise<ReviewRecord> {
  if (review.linkedAt !== null) return review;
  await deps.reviews.issues.linkIssues(settings.linkType, review.issueKey, review.incidentKey);
  const linked = { ...review, linkedAt: new Date(deps.clock.now()).toISOString() };
  await deps.reviews.store.saveReview(linked);
  return linked;
}
