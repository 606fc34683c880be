import { badRequest, forbidden, issueNotFound, JiraError } from '../jiraError.js';
import type { Route } from '../routeTable.js';
import type { RouteRequest, SiteContext } from '../siteContext.js';
import type { IssueRecord } from '../siteTypes.js';
import { asObject, bodyObject, noContent } from '../routes/routeHelpers.js';
import { findLinkType, ISSUE_LINK_TYPES } from './linkTypes.js';
import { issueLinkView, linkTypeView } from './linkViews.js';

/** An end of a link named by `{key}` or `{id}`; 404 when the caller cannot see it. */
function linkEnd(ctx: SiteContext, req: RouteRequest, raw: unknown, field: string): IssueRecord {
  const ref = asObject(raw);
  const idOrKey = typeof ref.key === 'string' ? ref.key : typeof ref.id === 'string' ? ref.id : null;
  if (idOrKey === null) throw badRequest(`${field} must name an issue by key or id.`);
  const issue = ctx.issues.find(idOrKey);
  if (!issue || !ctx.permissions.canSee(req.actor, issue)) throw new JiraError(404, [`Issue Does Not Exist`]);
  return issue;
}

/** Issue linking, as `/rest/api/3/issueLink` and `/rest/api/3/issueLinkType` behave on Jira Cloud. */
export const linkRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/issueLinkType',
    handler: (ctx) => ({ status: 200, body: { issueLinkTypes: ISSUE_LINK_TYPES.map((t) => linkTypeView(ctx, t)) } }),
  },
  {
    method: 'POST',
    pattern: '/rest/api/3/issueLink',
    handler: (ctx, req) => {
      const body = bodyObject(req);
      const type = findLinkType(asObject(body.type));
      if (!type) throw new JiraError(404, ['No issue link type with name or id given.']);
      const inward = linkEnd(ctx, req, body.inwardIssue, 'inwardIssue');
      const outward = linkEnd(ctx, req, body.outwardIssue, 'outwardIssue');
      // Jira asks for Link issues on the project of the from (outward) issue.
      if (!ctx.permissions.onIssue(req.actor, outward).has('LINK_ISSUES')) throw forbidden('You do not have the permission to link issues.');
      ctx.links.add(type.id, inward.id, outward.id);
      // Jira answers 201 with an empty body; the link's id is read from the issue's issuelinks.
      return { status: 201 };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/issueLink/{linkId}',
    handler: (ctx, req) => {
      const link = ctx.links.get(req.params.linkId ?? '');
      const ends = link ? [ctx.issues.find(link.inwardIssueId), ctx.issues.find(link.outwardIssueId)] : [];
      if (!link || ends.some((i) => !i || !ctx.permissions.canSee(req.actor, i))) throw issueNotFound();
      return { status: 200, body: issueLinkView(ctx, link) };
    },
  },
  {
    method: 'DELETE',
    pattern: '/rest/api/3/issueLink/{linkId}',
    handler: (ctx, req) => {
      const link = ctx.links.get(req.params.linkId ?? '');
      const ends = link ? [ctx.issues.find(link.inwardIssueId), ctx.issues.find(link.outwardIssueId)] : [];
      if (!link || ends.some((i) => !i || !ctx.permissions.canSee(req.actor, i))) throw issueNotFound();
      if (!ends.some((i) => ctx.permissions.onIssue(req.actor, i!).has('LINK_ISSUES'))) throw forbidden();
      ctx.links.delete(link.id);
      return noContent;
    },
  },
];
