import { createIssue, editIssue } from '../issueCommands.js';
import { badRequest, fieldError, forbidden } from '../jiraError.js';
import { parseIssueFields } from '../parseIssueFields.js';
import type { Route } from '../routeTable.js';
import { actorAccountId, queryList, queryOne, type SiteContext } from '../siteContext.js';
import { changelogPage } from '../views/changelogView.js';
import { issueView } from '../views/issueView.js';
import { asObject as obj, bodyObject, intParam, loadIssue, noContent } from './routeHelpers.js';


function assertAssignable(ctx: SiteContext, projectKey: string, accountId: string | null): void {
  if (accountId === null) return;
  const canBeAssigned = ctx.permissions.project({ kind: 'user', accountId }, projectKey).has('ASSIGNABLE_USER');
  if (!canBeAssigned) throw fieldError('assignee', `User '${accountId}' cannot be assigned issues.`);
}

/** `properties: [{key, value}]` set along with a new issue, as Jira allows. */
function entityProperties(raw: unknown): [string, unknown][] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) throw badRequest('properties must be a list of {key, value}.');
  return raw.map((p) => {
    const o = obj(p);
    if (typeof o.key !== 'string' || o.key === '') throw badRequest('Each property needs a key.');
    return [o.key, o.value];
  });
}

export const issueRoutes: Route[] = [
  {
    method: 'POST',
    pattern: '/rest/api/3/issue',
    handler: (ctx, req) => {
      const body = bodyObject(req);
      const fields = obj(body.fields);
      const p = obj(fields.project);
      const project = ctx.projects.find(String(p.key ?? p.id ?? ''));
      if (!project) throw fieldError('project', 'Specify a valid project ID or key');
      // Portal customers raise requests through the service desk API, never the platform one.
      const mayCreate = ctx.permissions.project(req.actor, project.key).has('CREATE_ISSUES') && !ctx.permissions.isCustomerOnly(req.actor, project.key);
      if (!mayCreate) throw forbidden('You do not have permission to create issues in this project.');
      const properties = entityProperties(body.properties);
      const changes = parseIssueFields(ctx, project, fields, obj(body.update));
      if (changes.summary === undefined) throw fieldError('summary', 'You must specify a summary of the issue.');
      if (changes.issueTypeId === undefined) throw fieldError('issuetype', 'Specify an issue type');
      if (changes.assigneeId !== undefined) assertAssignable(ctx, project.key, changes.assigneeId);
      const issue = createIssue(ctx, req.actor, project.key, {
        ...changes,
        summary: changes.summary,
        issueTypeId: changes.issueTypeId,
        priorityId: changes.priorityId ?? '3',
        reporterId: changes.reporterId ?? actorAccountId(req.actor),
      }, Object.fromEntries(properties));
      return { status: 201, body: { id: issue.id, key: issue.key, self: `${ctx.baseUrl}/rest/api/3/issue/${issue.id}` } };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req);
      const view = issueView(ctx, req.actor, issue, {
        fields: queryList(req, 'fields'),
        defaultFields: '*all',
        properties: queryList(req, 'properties') ?? [],
        expand: queryList(req, 'expand') ?? [],
      });
      return { status: 200, body: view };
    },
  },
  {
    method: 'PUT',
    pattern: '/rest/api/3/issue/{issueIdOrKey}',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req, 'EDIT_ISSUES');
      const body = bodyObject(req);
      const changes = parseIssueFields(ctx, ctx.projects.get(issue.projectKey), obj(body.fields), obj(body.update), issue.labels);
      if (changes.assigneeId !== undefined) {
        if (!ctx.permissions.onIssue(req.actor, issue).has('ASSIGN_ISSUES')) throw forbidden('You do not have permission to assign issues.');
        assertAssignable(ctx, issue.projectKey, changes.assigneeId);
      }
      editIssue(ctx, req.actor, issue, changes);
      return noContent;
    },
  },
  {
    method: 'PUT',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/assignee',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req, 'ASSIGN_ISSUES');
      const raw = bodyObject(req).accountId;
      if (raw !== null && typeof raw !== 'string') throw badRequest('accountId must be a string or null.');
      // "-1" asks for the project's default assignee, which in the sandbox is nobody.
      const accountId = raw === '-1' ? null : raw;
      if (accountId !== null && !ctx.directory.user(accountId)) throw fieldError('assignee', `User '${accountId}' does not exist.`);
      assertAssignable(ctx, issue.projectKey, accountId);
      editIssue(ctx, req.actor, issue, { assigneeId: accountId });
      return noContent;
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/changelog',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req);
      const startAt = intParam(queryOne(req, 'startAt'), 0, 'startAt');
      const maxResults = Math.min(intParam(queryOne(req, 'maxResults'), 100, 'maxResults'), 100);
      return { status: 200, body: changelogPage(ctx, issue, startAt, maxResults) };
    },
  },
  {
    method: 'POST',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/notify',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req);
      const body = bodyObject(req);
      if (typeof body.subject !== 'string' && typeof body.textBody !== 'string' && typeof body.htmlBody !== 'string') {
        throw badRequest('The notification must have a subject or a body.');
      }
      // Captured, never delivered: the sandbox shell shows the outbox instead of sending mail.
      ctx.directory.addOutbox(issue.key, ctx.now(), actorAccountId(req.actor), body);
      return noContent;
    },
  },
  {
    method: 'POST',
    pattern: '/rest/api/3/issue/{issueIdOrKey}/watchers',
    handler: (ctx, req) => {
      const issue = loadIssue(ctx, req);
      const accountId = typeof req.body === 'string' ? req.body : actorAccountId(req.actor);
      if (!ctx.directory.user(accountId)) throw badRequest(`The user "${accountId}" does not exist.`);
      const self = req.actor.kind === 'user' && req.actor.accountId === accountId;
      if (!self && !ctx.permissions.onIssue(req.actor, issue).has('MANAGE_WATCHERS')) throw forbidden();
      if (!issue.watchers.includes(accountId)) {
        issue.watchers.push(accountId);
        ctx.issues.saveFields(issue);
      }
      return noContent;
    },
  },
];
