import type { SiteContext } from '../siteContext.js';
import type { IssueRecord } from '../siteTypes.js';
import { issueTypeView, priorityView, statusView } from '../views/entityViews.js';
import { ISSUE_LINK_TYPES, type IssueLinkType } from './linkTypes.js';
import type { IssueLinkRecord } from './linkStore.js';

export function linkTypeView(ctx: SiteContext, t: IssueLinkType) {
  return { id: t.id, name: t.name, inward: t.inward, outward: t.outward, self: `${ctx.baseUrl}/rest/api/3/issueLinkType/${t.id}` };
}

/** A linked issue as Jira embeds it in a link: key, id and a few fields. */
function linkedIssueView(ctx: SiteContext, issue: IssueRecord) {
  return {
    id: issue.id,
    key: issue.key,
    self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}`,
    fields: {
      summary: issue.summary,
      status: statusView(ctx, issue.statusId),
      priority: priorityView(ctx, issue.priorityId),
      issuetype: issueTypeView(ctx, issue.issueTypeId),
    },
  };
}

function typeOf(link: IssueLinkRecord): IssueLinkType {
  return ISSUE_LINK_TYPES.find((t) => t.id === link.typeId) ?? ISSUE_LINK_TYPES[0]!;
}

/** `GET /rest/api/3/issueLink/{id}`: both ends. */
export function issueLinkView(ctx: SiteContext, link: IssueLinkRecord) {
  const inward = ctx.issues.find(link.inwardIssueId);
  const outward = ctx.issues.find(link.outwardIssueId);
  return {
    id: link.id,
    self: `${ctx.baseUrl}/rest/api/3/issueLink/${link.id}`,
    type: linkTypeView(ctx, typeOf(link)),
    ...(inward ? { inwardIssue: linkedIssueView(ctx, inward) } : {}),
    ...(outward ? { outwardIssue: linkedIssueView(ctx, outward) } : {}),
  };
}

/**
 * The issue's `issuelinks` field: each link seen from this issue, naming only the other end
 * (`outwardIssue` when this issue is the inward one, and the reverse), as Jira does.
 */
export function issueLinksField(ctx: SiteContext, issue: IssueRecord) {
  return ctx.links.of(issue.id).flatMap((link) => {
    const otherId = link.inwardIssueId === issue.id ? link.outwardIssueId : link.inwardIssueId;
    const other = ctx.issues.find(otherId);
    if (!other) return [];
    const side = link.inwardIssueId === issue.id ? 'outwardIssue' : 'inwardIssue';
    return [{ id: link.id, self: `${ctx.baseUrl}/rest/api/3/issueLink/${link.id}`, type: linkTypeView(ctx, typeOf(link)), [side]: linkedIssueView(ctx, other) }];
  });
}
