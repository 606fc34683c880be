import { actorAccountId, type SiteContext } from './siteContext.js';
import type { Actor, ChangelogEntry, CommentRecord, IssueRecord, JiraProductEvent } from './siteTypes.js';
import { issueView } from './views/issueView.js';

/** The issue as product events carry it: the navigable fields, rendered as the app would see them. */
function eventIssue(ctx: SiteContext, issue: IssueRecord): JiraProductEvent['issue'] {
  const view = issueView(ctx, { kind: 'app' }, issue, {
    fields: ['summary', 'issuetype', 'project', 'status', 'priority', 'assignee', 'reporter', 'labels', 'components', 'created', 'updated', 'customfield_10004', 'customfield_10005', 'customfield_10010'],
    defaultFields: '*navigable',
    properties: [],
    expand: [],
  });
  return { id: issue.id, key: issue.key, fields: 'fields' in view ? view.fields : {} };
}

export function emitCreated(ctx: SiteContext, actor: Actor, issue: IssueRecord): void {
  ctx.emit({ eventType: 'avi:jira:created:issue', issue: eventIssue(ctx, issue), atlassianId: actorAccountId(actor) });
}

/** An update event, plus an assigned event when the assignee was among the changes. */
export function emitUpdated(ctx: SiteContext, actor: Actor, issue: IssueRecord, entry: ChangelogEntry): void {
  const base = { issue: eventIssue(ctx, issue), atlassianId: actorAccountId(actor), changelog: { id: entry.id, items: entry.items } };
  ctx.emit({ eventType: 'avi:jira:updated:issue', ...base });
  if (entry.items.some((i) => i.field === 'assignee')) ctx.emit({ eventType: 'avi:jira:assigned:issue', ...base });
}

export function emitCommented(ctx: SiteContext, actor: Actor, issue: IssueRecord, comment: CommentRecord): void {
  ctx.emit({
    eventType: 'avi:jira:commented:issue',
    issue: eventIssue(ctx, issue),
    atlassianId: actorAccountId(actor),
    comment: { id: comment.id, body: comment.body, author: { accountId: comment.authorId }, jsdPublic: comment.isPublic },
  });
}
