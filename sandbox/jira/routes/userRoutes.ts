import { forbidden, JiraError } from '../jiraError.js';
import type { Route } from '../routeTable.js';
import { APP_ACCOUNT_ID, queryOne, type RouteRequest, type SiteContext } from '../siteContext.js';
import { PROJECT_ROLES } from '../sitePermissions.js';
import { userView } from '../views/entityViews.js';
import { intParam } from './routeHelpers.js';

const userMissing = () => new JiraError(404, ['Specified user does not exist or you do not have required permissions']);

/** Looking people up needs the "Browse users and groups" global permission, which customers lack. */
function requireUserPicker(ctx: SiteContext, req: RouteRequest): void {
  if (!ctx.permissions.global(req.actor).has('USER_PICKER')) throw forbidden('You do not have the permission to browse users and groups.');
}

function requireProjectAdmin(ctx: SiteContext, req: RouteRequest, projectKey: string): void {
  const admin = ctx.permissions.global(req.actor).has('ADMINISTER') || ctx.permissions.project(req.actor, projectKey).has('ADMINISTER_PROJECTS');
  if (!admin) throw forbidden('You cannot view the roles of this project.');
}

function roleView(ctx: SiteContext, projectKey: string, roleId: number, withActors: boolean) {
  const role = PROJECT_ROLES.find((r) => r.id === roleId);
  if (!role) throw new JiraError(404, [`Can not retrieve a role actor for a null project role.`]);
  const project = ctx.projects.get(projectKey);
  const actors = ctx.directory.roleActors(project.key, role.id).map((a, i) => {
    if (a.type === 'group') {
      const g = ctx.directory.group(a.name);
      return { id: i + 1, displayName: a.name, type: 'atlassian-group-role-actor', name: a.name, actorGroup: { name: a.name, displayName: a.name, groupId: g?.groupId ?? a.name } };
    }
    const u = ctx.directory.user(a.name);
    return { id: i + 1, displayName: u?.displayName ?? a.name, type: 'atlassian-user-role-actor', actorUser: { accountId: a.name } };
  });
  return {
    self: `${ctx.baseUrl}/rest/api/3/project/${project.id}/role/${role.id}`,
    name: role.name,
    id: role.id,
    description: role.description,
    ...(withActors ? { actors } : {}),
    scope: { type: 'PROJECT', project: { id: project.id, key: project.key, name: project.name } },
  };
}

/** The picker's `html`: the matched part of the name in <b>, as Jira marks it. */
function highlight(name: string, query: string): string {
  const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const at = query === '' ? -1 : name.toLowerCase().indexOf(query.toLowerCase());
  if (at < 0) return escape(name);
  return `${escape(name.slice(0, at))}<b>${escape(name.slice(at, at + query.length))}</b>${escape(name.slice(at + query.length))}`;
}

export const userRoutes: Route[] = [
  {
    method: 'GET',
    pattern: '/rest/api/3/myself',
    handler: (ctx, req) => {
      const id = req.actor.kind === 'app' ? APP_ACCOUNT_ID : req.actor.accountId;
      const user = ctx.directory.user(id);
      if (!user) throw userMissing();
      return { status: 200, body: userView(ctx, user) };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/user',
    handler: (ctx, req) => {
      requireUserPicker(ctx, req);
      const user = ctx.directory.user(queryOne(req, 'accountId') ?? '');
      if (!user) throw userMissing();
      return { status: 200, body: userView(ctx, user) };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/user/search',
    handler: (ctx, req) => {
      // As Jira documents: without "Browse users and groups" the search answers, with nobody.
      if (!ctx.permissions.global(req.actor).has('USER_PICKER')) return { status: 200, body: [] };
      const query = (queryOne(req, 'query') ?? '').toLowerCase();
      const accountId = queryOne(req, 'accountId');
      const found = ctx.directory
        .users()
        .filter((u) => (accountId ? u.accountId === accountId : u.email.toLowerCase().includes(query) || u.displayName.toLowerCase().includes(query)));
      const startAt = intParam(queryOne(req, 'startAt'), 0, 'startAt');
      const maxResults = intParam(queryOne(req, 'maxResults'), 50, 'maxResults');
      return { status: 200, body: found.slice(startAt, startAt + maxResults).map((u) => userView(ctx, u)) };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/groups/picker',
    handler: (ctx, req) => {
      const query = queryOne(req, 'query') ?? '';
      const maxResults = intParam(queryOne(req, 'maxResults'), 20, 'maxResults');
      const excluded = new Set(req.query.exclude ?? []);
      const browse = ctx.permissions.global(req.actor).has('USER_PICKER');
      // Without "Browse users and groups" only an exact name is found, as Jira documents.
      const all = ctx.directory.groups().filter((g) => !excluded.has(g.name)
        && (browse ? g.name.toLowerCase().includes(query.toLowerCase()) : g.name === query));
      const shown = all.slice(0, maxResults);
      const groups = shown.map((g) => ({ name: g.name, groupId: g.groupId, labels: [], html: highlight(g.name, query) }));
      return { status: 200, body: { header: `Showing ${shown.length} of ${all.length} matching groups`, total: all.length, groups } };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/user/groups',
    handler: (ctx, req) => {
      requireUserPicker(ctx, req);
      const accountId = queryOne(req, 'accountId') ?? '';
      if (!ctx.directory.user(accountId)) throw userMissing();
      const groups = ctx.directory.groupsOf(accountId).map((g) => ({ name: g.name, groupId: g.groupId, self: `${ctx.baseUrl}/rest/api/3/group?groupId=${g.groupId}` }));
      return { status: 200, body: groups };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/group/member',
    handler: (ctx, req) => {
      requireUserPicker(ctx, req);
      const groupId = queryOne(req, 'groupId');
      const group = groupId ? ctx.directory.groupById(groupId) : ctx.directory.group(queryOne(req, 'groupname') ?? '');
      if (!group) throw new JiraError(404, [`Group not found.`]);
      const members = ctx.directory.groupMembers(group.name).flatMap((id) => ctx.directory.user(id) ?? []);
      const startAt = intParam(queryOne(req, 'startAt'), 0, 'startAt');
      const maxResults = intParam(queryOne(req, 'maxResults'), 50, 'maxResults');
      const values = members.slice(startAt, startAt + maxResults).map((u) => userView(ctx, u));
      const isLast = startAt + values.length >= members.length;
      return {
        status: 200,
        body: { self: `${ctx.baseUrl}/rest/api/3/group/member?groupname=${encodeURIComponent(group.name)}`, maxResults, startAt, total: members.length, isLast, values },
      };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/project/{projectIdOrKey}/role',
    handler: (ctx, req) => {
      const project = ctx.projects.get(req.params.projectIdOrKey ?? '');
      requireProjectAdmin(ctx, req, project.key);
      const body = Object.fromEntries(PROJECT_ROLES.map((r) => [r.name, `${ctx.baseUrl}/rest/api/3/project/${project.id}/role/${r.id}`]));
      return { status: 200, body };
    },
  },
  {
    method: 'GET',
    pattern: '/rest/api/3/project/{projectIdOrKey}/role/{id}',
    handler: (ctx, req) => {
      const project = ctx.projects.get(req.params.projectIdOrKey ?? '');
      requireProjectAdmin(ctx, req, project.key);
      return { status: 200, body: roleView(ctx, project.key, Number(req.params.id), true) };
    },
  },
];

