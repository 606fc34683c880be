import type { SiteContext } from '../siteContext.js';
import type { Actor, CommentRecord, IssueRecord } from '../siteTypes.js';
import { jiraTimestamp, jsmDate } from '../sla/slaView.js';
import { adfToText } from '../adf.js';
import { userRef } from './entityViews.js';

/** Internal notes are for agents: a customer never sees them, through any endpoint. */
export function visibleComments(ctx: SiteContext, issue: IssueRecord, actor: Actor): CommentRecord[] {
  const customer = ctx.permissions.isCustomerOnly(actor, issue.projectKey);
  return issue.comments.filter((c) => c.isPublic || !customer);
}

/** A comment as the platform API (/rest/api/3) shows it. */
export function commentView(ctx: SiteContext, issue: IssueRecord, c: CommentRecord) {
  const author = userRef(ctx, c.authorId);
  return {
    self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}/comment/${c.id}`,
    id: c.id,
    author,
    body: c.body,
    updateAuthor: author,
    created: jiraTimestamp(c.created),
    updated: jiraTimestamp(c.updated),
    jsdPublic: c.isPublic,
    // JSM marks internal notes with this property on the platform API.
    ...(c.isPublic ? {} : { properties: [{ key: 'sd.public.comment', value: { internal: true } }] }),
  };
}

/** A comment as the service desk API (/rest/servicedeskapi) shows it: plain-text body. */
export function requestCommentView(ctx: SiteContext, issue: IssueRecord, c: CommentRecord) {
  const user = ctx.directory.user(c.authorId);
  return {
    id: c.id,
    body: adfToText(c.body),
    public: c.isPublic,
    author: {
      accountId: c.authorId,
      displayName: user?.displayName ?? 'Former user',
      ...(user ? { emailAddress: user.email, timeZone: user.timeZone } : {}),
      active: user !== undefined,
      _links: { self: `${ctx.baseUrl}/rest/api/2/user?accountId=${encodeURIComponent(c.authorId)}` },
    },
    created: jsmDate(c.created),
    _links: { self: `${ctx.baseUrl}/rest/servicedeskapi/request/${issue.id}/comment/${c.id}` },
  };
}
