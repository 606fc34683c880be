import { isAdf } from '../adf.js';
import { commentOnIssue, editComment } from '../issueCommands.js';
import { fieldError, forbidden, JiraError } from '../jiraError.js';
import type { Route } from '../routeTable.js';
import { actorAccountId, queryOne } from '../siteContext.js';
import { commentView, visibleComments } from '../views/commentView.js';
import { bodyObject, intParam, loadIssue } from './routeHelpers.js';

/** JSM's `sd.public.comment` property on a comment body: true/false when given, undefined when absent. */
function internalFlag(properties: unknown): boolean | undefined {
  if (!Array.isArray(properties)) return undefined;
  const p = properties.find((x: { key?: unknown } | null) => x?.key === 'sd.public.comment') as { value?: { internal?: unknown } } | undefined;
  return typeof p?.value?.internal === 'boolean' ? p.value.internal : undefined;
}

function marksInternal(properties: unknown): boolean {
  return internalFlag(properties) === true;
}

export const commentRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/comment',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req);
      const startAt = intParam(queryOne(req, 'startAt'), 0, 'startAt');
      const maxResults = Math.min(intParam(queryOne(req, 'maxResults'), 100, 'maxResults'), 100);
      const all = visibleComments(ctx, issue, req.actor);
      if (queryOne(req, 'orderBy') === '-created') all.reverse();
      const comments = all.slice(startAt, startAt + maxResults).map((c) => commentView(ctx, issue, c));
      return { status: 200, body: { startAt, maxResults, total: all.length, comments } };
    },
  },
  {
    method: 'POST',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/comment',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req, 'ADD_COMMENTS');
      const body = bodyObject(req);
      if (!isAdf(body.body)) throw fieldError('comment', 'Comment body must be an Atlassian Document.');
      // The platform API posts internal notes through JSM's `sd.public.comment` property; customers never can.
      const internal = body.jsdPublic === false || body.visibility !== undefined || marksInternal(body.properties);
      const isPublic = !internal || ctx.permissions.isCustomerOnly(req.actor, issue.projectKey);
      const comment = commentOnIssue(ctx, req.actor, issue, body.body, isPublic);
      return { status: 201, body: commentView(ctx, issue, comment) };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/comment/{id}',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req);
      const comment = visibleComments(ctx, issue, req.actor).find((c) => c.id === req.params.id);
      if (!comment) throw new JiraError(404, ['Can not find a comment for the id.']);
      return { status: 200, body: commentView(ctx, issue, comment) };
    },
  },
  {
    method: 'PUT',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/comment/{id}',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req);
      const comment = visibleComments(ctx, issue, req.actor).find((c) => c.id === req.params.id);
      if (!comment) throw new JiraError(404, ['Can not find a comment for the id.']);
      const may = ctx.permissions.onIssue(req.actor, issue);
      const own = comment.authorId === actorAccountId(req.actor);
      if (!may.has('EDIT_ALL_COMMENTS') && !(own && may.has('EDIT_OWN_COMMENTS'))) throw forbidden('You do not have the permission to edit this comment.');
      const body = bodyObject(req);
      if (!isAdf(body.body)) throw fieldError('comment', 'Comment body must be an Atlassian Document.');
      // An edit keeps the comment internal or public unless the body says otherwise, as JSM does.
      const flag = internalFlag(body.properties);
      const isPublic = flag === undefined ? comment.isPublic : !flag || ctx.permissions.isCustomerOnly(req.actor, issue.projectKey);
      return { status: 200, body: commentView(ctx, issue, editComment(ctx, issue, comment, body.body, isPublic)) };
    },
  },
];
