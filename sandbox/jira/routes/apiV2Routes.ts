import { adfToText, textToAdf } from '../adf.js';
import { commentOnIssue } from '../issueCommands.js';
import { fieldError } from '../jiraError.js';
import type { Route } from '../routeTable.js';
import { jiraTimestamp } from '../sla/slaView.js';
import { userRef } from '../views/entityViews.js';
import { issueRoutes } from './issueRoutes.js';
import { bodyObject, loadIssue } from './routeHelpers.js';

const createIssueV3 = issueRoutes.find((r) => r.method === 'POST' && r.pattern === '/rest/api/3/issue');
if (!createIssueV3) throw new Error('issue creation route missing');

/**
 * The two API v2 calls jira.js makes on its own: it sends plain-string descriptions and comment
 * bodies to v2 (wiki markup) instead of v3 (ADF). The sandbox stores them as one-paragraph ADF.
 */
export const apiV2Routes: Route[] = [
  { method: 'POST', pattern: '/rest/api/2/issue', handler: createIssueV3.handler },
  {
    method: 'POST',
    pattern: '/rest/api/2/issue/{issueIdOrKey}/comment',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req, 'ADD_COMMENTS');
      const body = bodyObject(req);
      if (typeof body.body !== 'string' || body.body.trim() === '') throw fieldError('comment', 'Comment body can not be empty!');
      const comment = commentOnIssue(ctx, req.actor, issue, textToAdf(body.body), true);
      const author = userRef(ctx, comment.authorId);
      return {
        status: 201,
        body: {
          self: `${ctx.baseUrl}/rest/api/2/issue/${issue.id}/comment/${comment.id}`,
          id: comment.id,
          author,
          body: adfToText(comment.body),
          updateAuthor: author,
          created: jiraTimestamp(comment.created),
          updated: jiraTimestamp(comment.updated),
          jsdPublic: true,
        },
      };
    },
  },
];
