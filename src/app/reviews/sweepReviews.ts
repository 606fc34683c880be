import type { Deps } from '../shared/deps.js';
import { loadSettings } from '../policies/loadSettings.js';
import { advanceReview } from './advanceReview.js';
import type { ReviewDeps } from './openReview.js';
import { reviewSettingsOrDefault } from './reviewSettingsOrDefault.js';
import { sweepRecurrence, type RecurrenceSweepReport } from './recurrence/sweepRecurrence.js';
import { remindRunbookRevisions, type RunbookReminderReport } from './recurrence/remindRunbookRevisions.js';

export interface ReviewSweepReport {
  checked: number;
  failed: Array<{ key: string; error: string }>;
  quarantined: Array<{ key: string; error: string }>;
  /** Clusters whose problem was opened or finished on this sweep. */
  recurrence?: RecurrenceSweepReport;
  /** Runbook owners reminded that a revision is due. */
  runbooks?: RunbookReminderReport;
}

/**
 * The safety net behind the exact timers: every open, running review is advanced, so a lost
 * timer delays a reminder by one sweep at most. Reviews whose steps are not due do nothing
 * but keep their armed timer. A record that does not parse is reported and skipped alone.
 */
export async function sweepReviews(deps: Deps): Promise<ReviewSweepReport> {
  const report: ReviewSweepReport = { checked: 0, failed: [], quarantined: [] };
  if (!deps.reviews) return report;
  const rd = deps as ReviewDeps;
  const [settings, escalation, open] = await Promise.all([
    reviewSettingsOrDefault(rd.reviews.store), loadSettings(deps.store, deps.coordination), rd.reviews.store.listOpenReviews(),
  ]);
  report.quarantined = open.quarantined;
  for (const review of open.reviews) {
    if (review.pausedAt !== null) continue;
    try {
      await advanceReview(rd, review, settings, escalation);
      report.checked++;
    } catch (e) {
      report.failed.push({ key: review.incidentKey, error: e instanceof Error ? e.message : String(e) });
    }
  }
  report.recurrence = await sweepRecurrence(deps);
  report.runbooks = await remindRunbookRevisions(deps);
  return report;
}
