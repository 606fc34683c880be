import type { DirectoryStore } from './store/directoryStore.js';
import type { Actor, IssueRecord } from './siteTypes.js';

export const PROJECT_ROLES = [
  { id: 10002, name: 'Administrators', description: 'Project administrators' },
  { id: 10003, name: 'Service Desk Team', description: 'Agents who work on requests' },
  { id: 10004, name: 'Service Desk Customers', description: 'Customers who raise requests on the portal' },
] as const;

export const ROLE_ADMINISTRATORS = 10002;
export const ROLE_TEAM = 10003;
export const ROLE_CUSTOMERS = 10004;

const AGENT_PERMISSIONS = [
  'BROWSE_PROJECTS', 'CREATE_ISSUES', 'EDIT_ISSUES', 'TRANSITION_ISSUES', 'ASSIGN_ISSUES', 'ASSIGNABLE_USER',
  'RESOLVE_ISSUES', 'CLOSE_ISSUES', 'SCHEDULE_ISSUES', 'LINK_ISSUES', 'ADD_COMMENTS', 'EDIT_OWN_COMMENTS',
  'DELETE_OWN_COMMENTS', 'MANAGE_WATCHERS', 'VIEW_VOTERS_AND_WATCHERS', 'WORK_ON_ISSUES',
] as const;

/** Customers browse only their own requests (see `canSee`) and talk through public comments. */
const CUSTOMER_PERMISSIONS = ['BROWSE_PROJECTS', 'CREATE_ISSUES', 'ADD_COMMENTS'] as const;

const ADMIN_PERMISSIONS = [
  ...AGENT_PERMISSIONS, 'ADMINISTER_PROJECTS', 'EDIT_ALL_COMMENTS', 'DELETE_ALL_COMMENTS', 'DELETE_ISSUES',
] as const;

export const PROJECT_PERMISSION_KEYS: readonly string[] = [...new Set<string>(ADMIN_PERMISSIONS)];
export const GLOBAL_PERMISSION_KEYS: readonly string[] = ['ADMINISTER', 'SYSTEM_ADMIN', 'USER_PICKER'];
export const ADMIN_GROUP = 'jira-administrators';

const EVERY_PROJECT_PERMISSION: ReadonlySet<string> = new Set(PROJECT_PERMISSION_KEYS);
const NOTHING: ReadonlySet<string> = new Set();
const EVERY_GLOBAL_PERMISSION: ReadonlySet<string> = new Set(GLOBAL_PERMISSION_KEYS);

/**
 * Decides what an actor may do. The app (asApp) may do everything; users get project permissions
 * through project roles (held directly or through a group) and global ones through groups.
 */
export class SitePermissions {
  private memo = new Map<string, Set<string>>();
  private memoVersion = -1;

  constructor(private readonly directory: DirectoryStore) {}

  private cached(key: string, compute: () => Set<string>): Set<string> {
    if (this.memoVersion !== this.directory.version) {
      this.memo = new Map();
      this.memoVersion = this.directory.version;
    }
    let value = this.memo.get(key);
    if (!value) {
      value = compute();
      this.memo.set(key, value);
    }
    return value;
  }

  /** Role ids the user holds in a project. */
  roles(accountId: string, projectKey: string): Set<string> {
    return this.cached(`roles:${accountId}:${projectKey}`, () => {
      const groups = new Set(this.directory.groupsOf(accountId).map((g) => g.name));
      const held = PROJECT_ROLES.filter((role) =>
        this.directory
          .roleActors(projectKey, role.id)
          .some((a) => (a.type === 'user' ? a.name === accountId : groups.has(a.name))),
      );
      return new Set(held.map((r) => String(r.id)));
    });
  }

  global(actor: Actor): ReadonlySet<string> {
    if (actor.kind === 'app') return EVERY_GLOBAL_PERMISSION;
    return this.cached(`global:${actor.accountId}`, () => {
      const user = this.directory.user(actor.accountId);
      const out = new Set<string>();
      if (user?.accountType === 'atlassian') out.add('USER_PICKER');
      if (this.directory.groupsOf(actor.accountId).some((g) => g.name === ADMIN_GROUP)) {
        out.add('ADMINISTER').add('SYSTEM_ADMIN').add('USER_PICKER');
      }
      return out;
    });
  }

  project(actor: Actor, projectKey: string): ReadonlySet<string> {
    if (actor.kind === 'app') return EVERY_PROJECT_PERMISSION;
    return this.cached(`project:${actor.accountId}:${projectKey}`, () => {
      const roles = this.roles(actor.accountId, projectKey);
      if (roles.has(String(ROLE_ADMINISTRATORS))) return new Set(ADMIN_PERMISSIONS);
      if (roles.has(String(ROLE_TEAM))) return new Set(AGENT_PERMISSIONS);
      if (roles.has(String(ROLE_CUSTOMERS))) return new Set(CUSTOMER_PERMISSIONS);
      return new Set();
    });
  }

  /** Agents (and admins) work the queue; customers only see the portal. */
  isAgent(accountId: string, projectKey: string): boolean {
    const roles = this.roles(accountId, projectKey);
    return roles.has(String(ROLE_TEAM)) || roles.has(String(ROLE_ADMINISTRATORS));
  }

  isCustomerOnly(actor: Actor, projectKey: string): boolean {
    return actor.kind === 'user' && !this.isAgent(actor.accountId, projectKey);
  }

  canSee(actor: Actor, issue: IssueRecord): boolean {
    if (!this.project(actor, issue.projectKey).has('BROWSE_PROJECTS')) return false;
    if (!this.isCustomerOnly(actor, issue.projectKey)) return true;
    const id = actor.kind === 'user' ? actor.accountId : '';
    return issue.reporterId === id || issue.watchers.includes(id);
  }

  /** What the actor may do on one issue: nothing at all when it may not see it. */
  onIssue(actor: Actor, issue: IssueRecord): ReadonlySet<string> {
    return this.canSee(actor, issue) ? this.project(actor, issue.projectKey) : NOTHING;
  }
}
