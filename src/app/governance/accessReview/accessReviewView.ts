import type { AccessReview, AccessReviewView, AccessReviewsView } from '../../../contracts/accessReview.js';
import { peopleNames } from '../../drills/peopleNames.js';
import type { AccessReviewDeps } from './openAccessReview.js';

/** Everyone a review names, for display names: who opened, assigned, reviews, acted and signed. */
function peopleIn(r: AccessReview): string[] {
  return [r.openedBy, r.reviewer, r.assignedBy, r.completed?.by, ...r.findings.flatMap((f) => [f.actor, f.signOff?.by])]
    .filter((x): x is string => !!x && !x.startsWith('app:') && x !== 'unknown');
}

export async function accessReviewView(deps: Pick<AccessReviewDeps, 'host'>, r: AccessReview): Promise<AccessReviewView> {
  const ids = peopleIn(r);
  const name = await peopleNames(deps, ids);
  return { ...r, names: Object.fromEntries(ids.map((id) => [id, name(id).displayName])) };
}

/** The review asked for (or the newest), and every review in a list, newest quarter first. */
export async function accessReviewsView(deps: AccessReviewDeps, quarter: string | undefined): Promise<AccessReviewsView> {
  const all = await deps.governance.listAccessReviews();
  const chosen = quarter === undefined ? all[0] ?? null : all.find((r) => r.quarter === quarter) ?? null;
  const current = chosen ? await accessReviewView(deps, chosen) : null;
  const reviewerIds = all.flatMap((r) => (r.reviewer ? [r.reviewer] : []));
  const name = await peopleNames(deps, reviewerIds);
  return {
    current,
    reviews: all.map((r) => ({ quarter: r.quarter, status: r.status, reviewer: r.reviewer, findings: r.findings.length, unsigned: r.findings.filter((f) => f.signOff === null).length })),
    names: Object.fromEntries(reviewerIds.map((id) => [id, name(id).displayName])),
  };
}
