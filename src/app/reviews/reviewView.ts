import type { ReviewTimelineView, ReviewView } from '../../contracts/reviewView.js';
import type { Permission } from '../../contracts/resolvers.js';
import { can } from '../../domain/access/can.js';
import { buildTimeline } from '../../domain/reviews/buildTimeline.js';
import { authorizeIssueAction } from '../access/authorize.js';
import type { Actor } from '../shared/actor.js';
import type { Deps } from '../shared/deps.js';
import { AppError } from '../shared/appError.js';
import { findReview, reviewDeps } from './loadReview.js';
import { loadSettings } from '../policies/loadSettings.js';

/**
 * The review page, or null when the incident has none. Seeing it needs the same rights as the
 * incident's panel; people appear by name.
 */
export async function reviewView(deps: Deps, actor: Actor, issueKey: string): Promise<ReviewView | null> {
  const rd = reviewDeps(deps);
  const review = await findReview(rd, issueKey);
  // Authorise on the key asked about before saying whether a review exists.
  const roles = await authorizeIssueAction(deps, actor, 'viewPanel', review?.incidentKey ?? issueKey);
  if (!review) return null;
  const [events, canEdit, settings] = await Promise.all([
    deps.store.listEvents(review.incidentKey),
    deps.host.hasIssuePermission(actor.accountId, review.incidentKey, 'EDIT_ISSUES'),
    loadSettings(deps.store, deps.coordination),
  ]);
  const names = await namesOf(deps, [review.ownerAccountId, ...events.map((e) => e.actor ?? null)]);
  const timeline = timelineView(buildTimeline(events), names);
  const role = can(roles, 'editReview');
  const edit: Permission = !role.allowed ? role : canEdit ? { allowed: true } : { allowed: false, reason: 'You need the Edit issues permission on the incident.' };
  const publish = can(roles, 'editPolicies');
  return {
    review,
    ownerName: review.ownerAccountId ? names.get(review.ownerAccountId) ?? review.ownerAccountId : null,
    timeline,
    policies: settings.policies.map((p) => ({ id: p.policy.id, name: p.policy.name, version: p.version })),
    permissions: { edit, publish },
    now: new Date(deps.clock.now()).toISOString(),
  };
}

/** The review page after a change: the review exists by then, so null would be a bug. */
export async function reviewViewAfter(deps: Deps, actor: Actor, issueKey: string): Promise<ReviewView> {
  const view = await reviewView(deps, actor, issueKey);
  if (!view) throw new AppError('NOT_FOUND', `issueKey: ${issueKey} has no post-incident review`);
  return view;
}

/** The timeline with names in place of account ids (an unknown account keeps its id). */
export function timelineView(t: ReturnType<typeof buildTimeline>, names: ReadonlyMap<string, string>): ReviewTimelineView {
  return {
    entries: t.entries.map((e) => ({ at: e.at, type: e.type, detail: e.detail, offsetMs: e.offsetMs, actorName: e.actor === null ? null : names.get(e.actor) ?? e.actor })),
    stages: t.stages.map((s) => ({ label: s.label, from: s.from, to: s.to, durationMs: s.durationMs })),
    timeToAckMs: t.timeToAckMs,
    timeToResolveMs: t.timeToResolveMs,
    engagedMs: t.engagedMs,
  };
}

export async function namesOf(deps: Pick<Deps, 'host'>, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const unique = [...new Set(ids.filter((x): x is string => x !== null))];
  const users = await Promise.all(unique.map((id) => deps.host.getUser(id).catch(() => null)));
  return new Map(unique.map((id, i) => [id, users[i]?.displayName ?? id]));
}

