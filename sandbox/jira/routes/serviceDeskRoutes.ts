import { textToAdf } from '../adf.js';
import { commentOnIssue, createIssue } from '../issueCommands.js';
import { badRequest, fieldError, forbidden, JiraError } from '../jiraError.js';
import { parseIssueFields } from '../parseIssueFields.js';
import type { Route } from '../routeTable.js';
import { actorAccountId, queryOne, type RouteRequest, type SiteContext } from '../siteContext.js';
import type { IssueRecord } from '../siteTypes.js';
import { issueSlas } from '../sla/issueSlas.js';
import { slaView } from '../sla/slaView.js';
import { requestCommentView, visibleComments } from '../views/commentView.js';
import { customerRequestView, jsmPage, serviceDeskView } from '../views/customerRequestView.js';
import { requestTypeView } from '../views/requestTypeView.js';
import { bodyObject, intParam, loadIssue } from './routeHelpers.js';

const paging = (req: RouteRequest) => ({
  start: intParam(queryOne(req, 'start'), 0, 'start'),
  limit: Math.min(intParam(queryOne(req, 'limit'), 50, 'limit'), 100),
});

function requireAgent(ctx: SiteContext, req: RouteRequest, issue: IssueRecord): void {
  if (ctx.permissions.isCustomerOnly(req.actor, issue.projectKey)) {
    throw forbidden('You do not have permission to perform this operation. Only agents can do this.');
  }
}

export const serviceDeskRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/servicedeskapi/servicedesk',
    handler: (ctx, req) => {
      const visible = ctx.projects.all().filter((p) => ctx.permissions.project(req.actor, p.key).has('BROWSE_PROJECTS'));
      const { start, limit } = paging(req);
      return { status: 200, body: jsmPage(ctx, '/rest/servicedeskapi/servicedesk', visible.map((p) => serviceDeskView(ctx, p)), start, limit) };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/servicedeskapi/servicedesk/{serviceDeskId}/requesttype',
    handler: (ctx, req) => {
      const project = ctx.projects.byServiceDesk(req.params.serviceDeskId ?? '');
      if (!project || !ctx.permissions.project(req.actor, project.key).has('BROWSE_PROJECTS')) {
        throw new JiraError(404, ['The service desk does not exist or you do not have permission to access it.']);
      }
      const { start, limit } = paging(req);
      const types = project.requestTypes.map((rt) => requestTypeView(ctx, project, rt));
      return { status: 200, body: jsmPage(ctx, `/rest/servicedeskapi/servicedesk/${project.serviceDeskId}/requesttype`, types, start, limit) };
    },
  },
  {
    method: 'POST',
    pattern: '/rest/servicedeskapi/request',
    handler: (ctx, req) => {
      const body = bodyObject(req);
      const project = ctx.projects.byServiceDesk(String(body.serviceDeskId ?? ''));
      if (!project) throw fieldError('serviceDeskId', 'The service desk does not exist.');
      if (!ctx.permissions.project(req.actor, project.key).has('CREATE_ISSUES')) throw forbidden('You cannot raise requests in this service desk.');
      const rt = project.requestTypes.find((r) => r.id === String(body.requestTypeId ?? ''));
      if (!rt) throw fieldError('requestTypeId', 'The request type does not exist.');
      const values = (typeof body.requestFieldValues === 'object' && body.requestFieldValues !== null ? body.requestFieldValues : {}) as Record<string, unknown>;
      const { description, ...rest } = values;
      const changes = parseIssueFields(ctx, project, rest);
      if (changes.summary === undefined) throw fieldError('summary', 'Summary is required.');
      let reporterId = actorAccountId(req.actor);
      if (typeof body.raiseOnBehalfOf === 'string') {
        if (ctx.permissions.isCustomerOnly(req.actor, project.key)) throw forbidden('Only agents can raise requests on behalf of others.');
        const user = ctx.directory.user(body.raiseOnBehalfOf) ?? ctx.directory.userByEmail(body.raiseOnBehalfOf);
        if (!user) throw fieldError('raiseOnBehalfOf', 'The user does not exist.');
        reporterId = user.accountId;
      }
      const issue = createIssue(ctx, req.actor, project.key, {
        ...changes,
        summary: changes.summary,
        description: typeof description === 'string' ? textToAdf(description) : null,
        issueTypeId: rt.issueTypeId,
        priorityId: changes.priorityId ?? '3',
        reporterId,
        requestTypeId: rt.id,
      });
      return { status: 201, body: customerRequestView(ctx, issue) };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/servicedeskapi/request/{issueIdOrKey}',
    handler: (ctx, req) => ({ status: 200, body: customerRequestView(ctx, loadIssue(ctx, req)) }),
  },
  {
    method: 'GET',
    pattern: '/rest/servicedeskapi/request/{issueIdOrKey}/comment',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req);
      const wantPublic = queryOne(req, 'public') !== 'false';
      const wantInternal = queryOne(req, 'internal') !== 'false';
      const comments = visibleComments(ctx, issue, req.actor)
        .filter((c) => (c.isPublic ? wantPublic : wantInternal))
        .map((c) => requestCommentView(ctx, issue, c));
      const { start, limit } = paging(req);
      return { status: 200, body: jsmPage(ctx, `/rest/servicedeskapi/request/${issue.id}/comment`, comments, start, limit) };
    },
  },
  {
    method: 'POST',
    pattern: '/rest/servicedeskapi/request/{issueIdOrKey}/comment',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req, 'ADD_COMMENTS');
      const body = bodyObject(req);
      if (typeof body.body !== 'string' || body.body.trim() === '') throw badRequest('The comment body is required.');
      const isPublic = body.public !== false;
      if (!isPublic) requireAgent(ctx, req, issue);
      const comment = commentOnIssue(ctx, req.actor, issue, textToAdf(body.body), isPublic);
      return { status: 201, body: requestCommentView(ctx, issue, comment) };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/servicedeskapi/request/{issueIdOrKey}/sla',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req);
      requireAgent(ctx, req, issue);
      const slas = [...issueSlas(ctx, issue).values()].map((s) =>
        slaView(s, `${ctx.baseUrl}/rest/servicedeskapi/request/${issue.id}/sla/${s.metric.id}`),
      );
      const { start, limit } = paging(req);
      return { status: 200, body: jsmPage(ctx, `/rest/servicedeskapi/request/${issue.id}/sla`, slas, start, limit) };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/servicedeskapi/request/{issueIdOrKey}/sla/{slaMetricId}',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req);
      requireAgent(ctx, req, issue);
      const state = [...issueSlas(ctx, issue).values()].find((s) => s.metric.id === req.params.slaMetricId);
      if (!state) throw new JiraError(404, ['The SLA metric does not exist for this request.']);
      return { status: 200, body: slaView(state, `${ctx.baseUrl}/rest/servicedeskapi/request/${issue.id}/sla/${state.metric.id}`) };
    },
  },
];
