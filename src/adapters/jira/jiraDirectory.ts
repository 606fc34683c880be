import type { Client } from 'jira.js/core';
import { z } from 'zod';
import type { DirectoryGroup, DirectoryUser } from '../../ports/incidentHost.js';
import { searchGroups, toDirectoryUser } from './jiraPeopleSearch.js';
import { JiraHttpError } from './jiraFetch.js';

const GroupsSchema = z.array(z.object({ name: z.string() }).passthrough());
const RoleLinksSchema = z.record(z.string());
const RoleSchema = z.object({
  name: z.string(),
  actors: z.array(z.object({
    type: z.string().optional(),
    actorUser: z.object({ accountId: z.string() }).passthrough().optional(),
    actorGroup: z.object({ name: z.string().optional(), displayName: z.string().optional() }).passthrough().optional(),
    name: z.string().optional(),
  }).passthrough()).default([]),
}).passthrough();
const UserSchema = z.object({
  accountId: z.string(), displayName: z.string().default(''), active: z.boolean().default(true),
  avatarUrls: z.record(z.string()).optional(),
}).passthrough();

interface RoleMembers {
  name: string;
  users: Set<string>;
  groups: Set<string>;
}

function parse<T>(schema: z.ZodType<T, z.ZodTypeDef, unknown>, path: string, data: unknown): T {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  const i = r.error.issues[0]!;
  throw new Error(`Jira answered ${path} with an unexpected shape at ${i.path.join('.') || '(root)'}: ${i.message}`);
}

/**
 * Groups, project role membership and accounts, read with the client it is given (the app's,
 * in Forge). Role membership is read once per project per invocation: a project has a handful
 * of roles, and one resolver call may ask about several people.
 */
export class JiraDirectory {
  private readonly roles = new Map<string, Promise<RoleMembers[]>>();
  private readonly groups = new Map<string, Promise<string[]>>();
  // One invocation names the same people in several comments and checks; an account is read once.
  private readonly users = new Map<string, Promise<DirectoryUser | null>>();

  constructor(private readonly client: Client) {}

  userGroups(accountId: string): Promise<string[]> {
    let g = this.groups.get(accountId);
    if (!g) {
      const url = `/rest/api/3/user/groups?accountId=${encodeURIComponent(accountId)}`;
      g = this.get(url).then((d) => (d === null ? [] : parse(GroupsSchema, url, d).map((x) => x.name)));
      this.groups.set(accountId, g);
    }
    return g;
  }

  async projectRoles(accountId: string, projectKey: string): Promise<string[]> {
    const [members, groups] = await Promise.all([this.roleMembers(projectKey), this.userGroups(accountId)]);
    const mine = new Set(groups.map((x) => x.toLowerCase()));
    return members.filter((r) => r.users.has(accountId) || [...r.groups].some((x) => mine.has(x))).map((r) => r.name);
  }

  getUser(accountId: string): Promise<DirectoryUser | null> {
    let u = this.users.get(accountId);
    if (!u) {
      const url = `/rest/api/3/user?accountId=${encodeURIComponent(accountId)}`;
      u = this.get(url).then((d) => (d === null ? null : toDirectoryUser(parse(UserSchema, url, d))));
      // A failed read is not remembered: the next caller asks Jira again.
      u.catch(() => this.users.delete(accountId));
      this.users.set(accountId, u);
    }
    return u;
  }

  /** Jira's group picker matches substrings; an exact (case-insensitive) name among them is the group. */
  async findGroup(name: string): Promise<DirectoryGroup | null> {
    const found = await searchGroups(this.client, name, 50);
    return found.find((g) => g.name.toLowerCase() === name.toLowerCase()) ?? null;
  }

  private roleMembers(projectKey: string): Promise<RoleMembers[]> {
    let r = this.roles.get(projectKey);
    if (!r) {
      r = this.readRoles(projectKey);
      this.roles.set(projectKey, r);
    }
    return r;
  }

  /**
   * Reading role membership needs project admin rights. Without them, nobody holds a role
   * through this project (access fails closed) and the reason is logged for the admin.
   */
  private async readRoles(projectKey: string): Promise<RoleMembers[]> {
    try {
      return await this.readRolesOrThrow(projectKey);
    } catch (e) {
      if (!(e instanceof JiraHttpError && (e.status === 401 || e.status === 403))) throw e;
      console.warn(`cannot read the project roles of ${projectKey} (Jira answered ${e.status}); project roles there grant no app role`);
      return [];
    }
  }

  private async readRolesOrThrow(projectKey: string): Promise<RoleMembers[]> {
    const listUrl = `/rest/api/3/project/${encodeURIComponent(projectKey)}/role`;
    const links = await this.get(listUrl);
    if (links === null) return [];
    const out: RoleMembers[] = [];
    for (const self of Object.values(parse(RoleLinksSchema, listUrl, links))) {
      const id = /\/role\/(\d+)$/.exec(self)?.[1];
      if (!id) continue;
      const url = `${listUrl}/${id}`;
      const role = await this.get(url);
      if (role === null) continue;
      const parsed = parse(RoleSchema, url, role);
      const users = new Set(parsed.actors.flatMap((a) => (a.actorUser ? [a.actorUser.accountId] : [])));
      const groups = new Set(parsed.actors.flatMap((a) => {
        const name = a.actorGroup?.name ?? (a.type === 'atlassian-group-role-actor' ? a.name : undefined);
        return name ? [name.toLowerCase()] : [];
      }));
      out.push({ name: parsed.name, users, groups });
    }
    return out;
  }

  /** A 404 means "no such user or project": an answer, not a failure. */
  private async get(url: string): Promise<unknown> {
    try {
      return await this.client.sendRequest<unknown>({ url, method: 'GET' });
    } catch (e) {
      if (e instanceof JiraHttpError && e.status === 404) return null;
      throw e;
    }
  }
}
