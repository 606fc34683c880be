import type BetterSqlite3 from 'better-sqlite3';
import type { ProjectRecord, SiteUser } from '../siteTypes.js';

export interface RoleActor {
  type: 'user' | 'group';
  /** accountId or group name. */
  name: string;
}

export interface OutboxMessage {
  id: number;
  issueKey: string;
  created: number;
  sender: string;
  notification: unknown;
}

/** Users, groups, projects and project role actors: the site's directory, read through on every call. */
export class DirectoryStore {
  /** Bumped on every write, so callers may memoise answers derived from the directory. */
  version = 0;

  constructor(private readonly db: BetterSqlite3.Database) {}

  putUser(user: SiteUser): void {
    this.version++;
    this.db
      .prepare('INSERT OR REPLACE INTO users (account_id, email, data) VALUES (?, ?, ?)')
      .run(user.accountId, user.email.toLowerCase(), JSON.stringify(user));
  }

  users(): SiteUser[] {
    return (this.db.prepare('SELECT data FROM users ORDER BY account_id').all() as { data: string }[]).map(
      (r) => JSON.parse(r.data) as SiteUser,
    );
  }

  user(accountId: string): SiteUser | undefined {
    const row = this.db.prepare('SELECT data FROM users WHERE account_id = ?').get(accountId) as { data: string } | undefined;
    return row ? (JSON.parse(row.data) as SiteUser) : undefined;
  }

  userByEmail(email: string): SiteUser | undefined {
    const row = this.db.prepare('SELECT data FROM users WHERE email = ?').get(email.toLowerCase()) as
      | { data: string }
      | undefined;
    return row ? (JSON.parse(row.data) as SiteUser) : undefined;
  }

  putGroup(name: string, groupId: string, members: readonly string[]): void {
    this.version++;
    this.db.prepare('INSERT OR REPLACE INTO groups (name, group_id) VALUES (?, ?)').run(name, groupId);
    const add = this.db.prepare('INSERT OR IGNORE INTO group_members (group_name, account_id) VALUES (?, ?)');
    for (const m of members) add.run(name, m);
  }

  group(name: string): { name: string; groupId: string } | undefined {
    const row = this.db.prepare('SELECT name, group_id FROM groups WHERE name = ?').get(name) as
      | { name: string; group_id: string }
      | undefined;
    return row ? { name: row.name, groupId: row.group_id } : undefined;
  }

  groups(): { name: string; groupId: string }[] {
    return (this.db.prepare('SELECT name, group_id FROM groups ORDER BY name').all() as { name: string; group_id: string }[])
      .map((r) => ({ name: r.name, groupId: r.group_id }));
  }

  groupById(groupId: string): { name: string; groupId: string } | undefined {
    const row = this.db.prepare('SELECT name, group_id FROM groups WHERE group_id = ?').get(groupId) as
      | { name: string; group_id: string }
      | undefined;
    return row ? { name: row.name, groupId: row.group_id } : undefined;
  }

  groupMembers(name: string): string[] {
    return (
      this.db.prepare('SELECT account_id FROM group_members WHERE group_name = ? ORDER BY account_id').all(name) as {
        account_id: string;
      }[]
    ).map((r) => r.account_id);
  }

  groupsOf(accountId: string): { name: string; groupId: string }[] {
    return (
      this.db
        .prepare(
          'SELECT g.name, g.group_id FROM group_members m JOIN groups g ON g.name = m.group_name WHERE m.account_id = ? ORDER BY g.name',
        )
        .all(accountId) as { name: string; group_id: string }[]
    ).map((r) => ({ name: r.name, groupId: r.group_id }));
  }

  putProject(project: ProjectRecord): void {
    this.version++;
    this.db.prepare('INSERT OR REPLACE INTO projects (key, data) VALUES (?, ?)').run(project.key, JSON.stringify(project));
  }

  projects(): ProjectRecord[] {
    return (this.db.prepare('SELECT data FROM projects ORDER BY key').all() as { data: string }[]).map(
      (r) => JSON.parse(r.data) as ProjectRecord,
    );
  }

  addRoleActor(projectKey: string, roleId: number, actor: RoleActor): void {
    this.version++;
    this.db
      .prepare('INSERT OR IGNORE INTO project_role_actors (project_key, role_id, actor_type, actor) VALUES (?, ?, ?, ?)')
      .run(projectKey, roleId, actor.type, actor.name);
  }

  roleActors(projectKey: string, roleId: number): RoleActor[] {
    return (
      this.db
        .prepare('SELECT actor_type, actor FROM project_role_actors WHERE project_key = ? AND role_id = ? ORDER BY actor')
        .all(projectKey, roleId) as { actor_type: 'user' | 'group'; actor: string }[]
    ).map((r) => ({ type: r.actor_type, name: r.actor }));
  }

  addOutbox(issueKey: string, created: number, sender: string, notification: unknown): void {
    this.db
      .prepare('INSERT INTO outbox (issue_key, created, sender, data) VALUES (?, ?, ?, ?)')
      .run(issueKey, created, sender, JSON.stringify(notification));
  }

  outbox(): OutboxMessage[] {
    return (
      this.db.prepare('SELECT id, issue_key, created, sender, data FROM outbox ORDER BY id').all() as {
        id: number;
        issue_key: string;
        created: number;
        sender: string;
        data: string;
      }[]
    ).map((r) => ({ id: r.id, issueKey: r.issue_key, created: r.created, sender: r.sender, notification: JSON.parse(r.data) as unknown }));
  }
}
