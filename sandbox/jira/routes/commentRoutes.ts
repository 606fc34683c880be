import { isAdf } from '../adf.js';
import { commentOnIssue } from '../issueCommands.js';
import { fieldError, JiraError } from '../jiraError.js';
import type { Route } from '../routeTable.js';
import { queryOne } from '../siteContext.js';
import { commentView, visibleComments } from '../views/commentView.js';
import { bodyObject, intParam, loadIssue } from './routeHelpers.js';

function marksInternal(properties: unknown): boolean {
  if (!Array.isArray(properties)) return false;
  return properties.some((p: { key?: unknown; value?: { internal?: unknown } } | null) => p?.key === 'sd.public.comment' && p.value?.internal === true);
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
];
