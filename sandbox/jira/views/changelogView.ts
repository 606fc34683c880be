import type { SiteContext } from '../siteContext.js';
import type { ChangelogEntry, IssueRecord } from '../siteTypes.js';
import { jiraTimestamp } from '../sla/slaView.js';
import { userRef } from './entityViews.js';

export function historyView(ctx: SiteContext, entry: ChangelogEntry) {
  return {
    id: entry.id,
    author: userRef(ctx, entry.authorId),
    created: jiraTimestamp(entry.created),
    items: entry.items.map((i) => ({ ...i })),
  };
}

/** The `changelog` of GET issue with expand=changelog (oldest first, as Jira lists it). */
export function changelogView(ctx: SiteContext, issue: IssueRecord, startAt: number, maxResults: number) {
  const histories = issue.changelog.slice(startAt, startAt + maxResults).map((e) => historyView(ctx, e));
  return { startAt, maxResults, total: issue.changelog.length, histories };
}

/** GET /rest/api/3/issue/{key}/changelog: a PageBean of histories. */
export function changelogPage(ctx: SiteContext, issue: IssueRecord, startAt: number, maxResults: number) {
  const values = issue.changelog.slice(startAt, startAt + maxResults).map((e) => historyView(ctx, e));
  const self = `${ctx.baseUrl}/rest/api/3/issue/${issue.key}/changelog?startAt=${startAt}&maxResults=${maxResults}`;
  const isLast = startAt + values.length >= issue.changelog.length;
  return {
    self,
    ...(isLast ? {} : { nextPage: `${ctx.baseUrl}/rest/api/3/issue/${issue.key}/changelog?startAt=${startAt + maxResults}&maxResults=${maxResults}` }),
    maxResults,
    startAt,
    total: issue.changelog.length,
    isLast,
    values,
  };
}
