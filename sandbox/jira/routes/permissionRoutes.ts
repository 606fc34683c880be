import { badRequest, forbidden, issueNotFound } from '../jiraError.js';
import type { Route } from '../routeTable.js';
import { queryList, queryOne } from '../siteContext.js';
import { GLOBAL_PERMISSION_KEYS, PROJECT_PERMISSION_KEYS } from '../sitePermissions.js';
import type { Actor } from '../siteTypes.js';
import { bodyObject } from './routeHelpers.js';

const label = (key: string) => key.toLowerCase().split('_').map((w) => w[0]?.toUpperCase() + w.slice(1)).join(' ');

export const permissionRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/mypermissions',
    handler: (ctx, req) => {
      const wanted = queryList(req, 'permissions');
      if (!wanted || wanted.length === 0) throw badRequest('The permissions parameter is required.');
      const issueRef = queryOne(req, 'issueKey') ?? queryOne(req, 'issueId');
      const projectRef = queryOne(req, 'projectKey') ?? queryOne(req, 'projectId');
      let project: ReadonlySet<string> = new Set<string>();
      if (issueRef !== undefined) {
        const issue = ctx.issues.find(issueRef);
        if (!issue || !ctx.permissions.canSee(req.actor, issue)) throw issueNotFound();
        project = ctx.permissions.onIssue(req.actor, issue);
      } else if (projectRef !== undefined) {
        project = ctx.permissions.project(req.actor, ctx.projects.get(projectRef).key);
      } else {
        // Without a context, Jira answers whether the permission is held in any project.
        project = new Set(ctx.projects.all().flatMap((p) => [...ctx.permissions.project(req.actor, p.key)]));
      }
      const global = ctx.permissions.global(req.actor);
      const permissions: Record<string, unknown> = {};
      wanted.forEach((key, i) => {
        const isGlobal = GLOBAL_PERMISSION_KEYS.includes(key);
        if (!isGlobal && !PROJECT_PERMISSION_KEYS.includes(key)) throw badRequest(`Invalid permission key: ${key}`);
        permissions[key] = {
          id: String(i + 1),
          key,
          name: label(key),
          type: isGlobal ? 'GLOBAL' : 'PROJECT',
          description: label(key),
          havePermission: isGlobal ? global.has(key) : project.has(key),
        };
      });
      return { status: 200, body: { permissions } };
    },
  },
  {
    method: 'POST',
    pattern: '/rest/api/3/permissions/check',
    handler: (ctx, req) => {
      const body = bodyObject(req);
      let subject: Actor = req.actor;
      if (typeof body.accountId === 'string') {
        // Asking about someone else is an administrator's (or the app's) question.
        const isSelf = req.actor.kind === 'user' && req.actor.accountId === body.accountId;
        if (!isSelf && !ctx.permissions.global(req.actor).has('ADMINISTER')) throw forbidden();
        subject = { kind: 'user', accountId: body.accountId };
      }
      const globalWanted = Array.isArray(body.globalPermissions) ? body.globalPermissions.map(String) : [];
      const global = ctx.permissions.global(subject);
      const projectChecks = Array.isArray(body.projectPermissions) ? (body.projectPermissions as Record<string, unknown>[]) : [];
      const projectPermissions = projectChecks.flatMap((check) => {
        const perms = Array.isArray(check.permissions) ? check.permissions.map(String) : [];
        const projects = Array.isArray(check.projects) ? check.projects.map(Number) : [];
        const issues = Array.isArray(check.issues) ? check.issues.map(Number) : [];
        return perms.map((permission) => ({
          permission,
          projects: projects.filter((id) => {
            const p = ctx.projects.find(String(id));
            return p !== undefined && ctx.permissions.project(subject, p.key).has(permission);
          }),
          issues: issues.filter((id) => {
            const issue = ctx.issues.find(String(id));
            return issue !== undefined && ctx.permissions.onIssue(subject, issue).has(permission);
          }),
        }));
      });
      return { status: 200, body: { globalPermissions: globalWanted.filter((k) => global.has(k)), projectPermissions } };
    },
  },
];
