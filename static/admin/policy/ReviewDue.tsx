import Lozenge from '@atlaskit/lozenge';
import type { PolicySummary } from '../../../src/contracts/resolvers.js';

/** Thresholds are reviewed on a cadence; an overdue review is flagged, not hidden in a date. */
export function ReviewDue({ summary }: { summary: PolicySummary }) {
  return (
    <span data-testid="review-due" data-overdue={summary.reviewOverdue}>
      <time dateTime={summary.reviewDueAt}>{new Date(summary.reviewDueAt).toLocaleDateString()}</time>{' '}
      {summary.reviewOverdue && <Lozenge appearance="removed" isBold>Review overdue</Lozenge>}
    </span>
  );
}
