import type { IssueRecord } from '../siteTypes.js';
import { priorityById } from '../workflowCatalog.js';
import type { SlaTimeline } from './computeSla.js';

/**
 * Reads an issue's SLA timeline from its changelog: the status held at creation is the `from` of
 * the first status change (or the current status when it never changed).
 */
export function slaTimelineOf(issue: IssueRecord, isAgent: (accountId: string) => boolean): SlaTimeline {
  const changes = issue.changelog.flatMap((entry) =>
    entry.items.filter((item) => item.field === 'status').map((item) => ({ at: entry.created, item })),
  );
  const initial = changes[0]?.item.from ?? issue.statusId;
  const statuses = [{ at: issue.created, statusId: initial }];
  for (const { at, item } of changes) if (item.to) statuses.push({ at, statusId: item.to });
  const firstResponse = issue.comments.find((c) => c.isPublic && isAgent(c.authorId));
  return {
    created: issue.created,
    statuses,
    firstResponseAt: firstResponse?.created ?? null,
    priorityName: priorityById(issue.priorityId).name,
  };
}
