import { transitionIssue } from '../issueCommands.js';
import { badRequest, fieldError } from '../jiraError.js';
import { parseIssueFields } from '../parseIssueFields.js';
import type { Route } from '../routeTable.js';
import type { IssueRecord } from '../siteTypes.js';
import type { SiteContext } from '../siteContext.js';
import { statusView } from '../views/entityViews.js';
import { RESOLUTIONS, TRANSITIONS } from '../workflowCatalog.js';
import { asObject as obj, bodyObject, loadIssue, noContent } from './routeHelpers.js';


const available = (issue: IssueRecord) => TRANSITIONS.filter((t) => t.from.includes(issue.statusId));

function transitionView(ctx: SiteContext, t: (typeof TRANSITIONS)[number]) {
  return {
    id: t.id,
    name: t.name,
    to: statusView(ctx, t.toStatusId),
    hasScreen: false,
    isGlobal: false,
    isInitial: false,
    isAvailable: true,
    isConditional: false,
    isLooped: false,
  };
}

export const transitionRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/transitions',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req);
      // Like Jira, someone without the permission sees no transitions rather than an error.
      const allowed = ctx.permissions.onIssue(req.actor, issue).has('TRANSITION_ISSUES');
      return { status: 200, body: { expand: 'transitions', transitions: allowed ? available(issue).map((t) => transitionView(ctx, t)) : [] } };
    },
  },
  {
    method: 'POST',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/transitions',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req, 'TRANSITION_ISSUES');
      const body = bodyObject(req);
      const id = String(obj(body.transition).id ?? '');
      const transition = available(issue).find((t) => t.id === id);
      if (!transition) throw badRequest(`Transition id '${id}' is not valid for this issue.`);
      const { resolution, ...fields } = obj(body.fields);
      let resolutionId = '10000';
      if (resolution !== undefined) {
        const r = obj(resolution);
        const found = RESOLUTIONS.find((x) => x.id === String(r.id ?? '') || x.name === r.name);
        if (!found) throw fieldError('resolution', 'Specify a valid resolution.');
        resolutionId = found.id;
      }
      const changes = parseIssueFields(ctx, ctx.projects.get(issue.projectKey), fields, obj(body.update), issue.labels);
      transitionIssue(ctx, req.actor, issue, transition.toStatusId, changes, resolutionId);
      return noContent;
    },
  },
];
