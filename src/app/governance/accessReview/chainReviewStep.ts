import type { AccessReview } from '../../../contracts/accessReview.js';
import { appendToTrail } from '../appendToTrail.js';
import type { AccessReviewDeps } from './openAccessReview.js';

const ATTEMPTS = 5;

/**
 * Appends a review step to the hash-chained trail after the step itself was saved, then writes
 * the entry's place back into the review (`mark`), re-reading on a lost race. Saving first means
 * the trail never records a step that did not happen; a step left unchained by a failure keeps
 * `trailSeq: null`, and repeating the same request chains it.
 */
export async function chainReviewStep(deps: AccessReviewDeps, quarter: string, at: string, kind: string, payload: unknown,
  mark: ((r: AccessReview, seq: number) => AccessReview) | null): Promise<number> {
  const entry = await appendToTrail(deps.governance, at, kind, payload);
  if (!mark) return entry.seq;
  for (let i = 0; i < ATTEMPTS; i += 1) {
    const r = await deps.governance.getAccessReview(quarter);
    if (!r) break;
    if ((await deps.governance.saveAccessReview({ ...mark(r, entry.seq), revision: r.revision + 1 })).saved) break;
  }
  return entry.seq;
}
