import type { ReviewRecord } from '../contracts/reviewRecord.js';
import type { ReviewSettings } from '../contracts/reviewSettings.js';
import type { MonthRollup } from '../contracts/pathRollup.js';

/** A stored review that did not parse: reported alone, never allowed to stop a sweep. */
export interface QuarantinedReview {
  key: string;
  error: string;
}

/** Storage for post-incident reviews: settings, one review per incident, the open ones for the sweep. */
export interface ReviewStore {
  getSettings(): Promise<ReviewSettings | null>;
  saveSettings(settings: ReviewSettings): Promise<void>;

  /**
   * First-writer-wins: true only for the first caller for this incident within `leaseSeconds`.
   * The winner opens the review and calls `saveReview`; if it crashes first, the lease expires
   * and a later evaluation opens it instead.
   */
  claimOpening(incidentKey: string, leaseSeconds: number): Promise<boolean>;
  /** Gives the claim up after a failed opening, so the retry can claim it at once. */
  releaseOpening(incidentKey: string): Promise<void>;
  getReview(incidentKey: string): Promise<ReviewRecord | null>;
  /** Also keeps the open-reviews index and the review issue → incident mapping in step. */
  saveReview(review: ReviewRecord): Promise<void>;
  /** Open reviews for the sweep, with any record that failed to parse listed apart. */
  listOpenReviews(): Promise<{ reviews: ReviewRecord[]; quarantined: QuarantinedReview[] }>;
  /** The incident a review issue belongs to, or null when the issue is not a review. */
  incidentOfReviewIssue(issueKey: string): Promise<string | null>;

  /** Path-effectiveness rollups, one record per month (YYYY-MM). */
  getRollup(month: string): Promise<MonthRollup | null>;
  saveRollup(rollup: MonthRollup): Promise<void>;
  /** Months from..to inclusive that have a rollup, oldest first. */
  listRollups(from: string, to: string): Promise<MonthRollup[]>;
}
