import { IncidentFieldsRefused } from '../../ports/incidentFieldsRefused.js';
import type { Priority } from '../../contracts/common.js';
import type { EscalationState } from '../../contracts/escalationState.js';
import type { Incident } from '../../domain/incident/incident.js';
import type { DirectoryGroup, DirectoryUser, IncidentHost, IncidentRecord, IssuePermission, NewIncident, RecordPage } from '../../ports/incidentHost.js';
import type { IncidentQuery } from '../../ports/incidentQuery.js';
import { isEscalated, isOpenWithLabel, matchesQuery } from './matchesQuery.js';

const PAGE = 100;

/**
 * In-memory Jira: incidents, their `escalation` property and the actions taken on them.
 * Every method counts as the one Jira request the real adapter makes, so benchmarks can count
 * requests without a network.
 */
export class MemoryIncidentHost implements IncidentHost {
  readonly incidents = new Map<string, Incident>();
  readonly states = new Map<string, EscalationState>();
  /** Incidents whose record cannot be read (a tampered or malformed property), with the reason. */
  readonly unreadable = new Map<string, string>();
  /** Incidents whose `escalation` property does not parse, as Jira's adapter reports them (`propertyError`). */
  readonly propertyErrors = new Map<string, string>();
  readonly comments: Array<{ key: string; body: string; id?: string; public?: boolean }> = [];
  readonly properties = new Map<string, unknown>();
  /** Components and priorities Jira refuses on create, as a project without them would. */
  readonly refusedComponents = new Set<string>();
  readonly refusedPriorities = new Set<string>();
  /** Incidents created through `createIncident`, with what was asked for. */
  readonly created: Array<{ key: string; input: NewIncident }> = [];
  private nextIssue = 1000;
  private nextComment = 1;
  readonly actions: string[] = [];
  /** Issue reads and writes; `directory` counts account look-ups (naming people in comments). */
  readonly requests = { read: 0, write: 0, directory: 0 };
  /** accountId → permissions held on every issue; `admins` are Jira administrators. */
  readonly permissions = new Map<string, Set<IssuePermission>>();
  readonly admins = new Set<string>();
  /** accountId → Jira group names. */
  readonly groups = new Map<string, string[]>();
  /** Groups that exist even with no known member. */
  readonly knownGroups = new Set<string>();
  /** `accountId@PROJECT` → project role names held there. */
  readonly roles = new Map<string, string[]>();
  /** Known accounts; an id missing here is unknown to Jira. */
  readonly users = new Map<string, DirectoryUser>();
  /** How `matchesJql` answers, since there is no JQL engine here. */
  jqlMatcher: (incident: Incident, jql: string) => boolean = () => true;

  constructor(private readonly now: () => number) {}

  put(incident: Incident, state: EscalationState | null = null): void {
    this.incidents.set(incident.key, incident);
    if (state) this.states.set(incident.key, state);
  }

  async getIncident(key: string): Promise<IncidentRecord | null> {
    this.requests.read++;
    const incident = this.incidents.get(key);
    return incident ? this.record(incident) : null;
  }

  private record(incident: Incident): IncidentRecord {
    const error = this.propertyErrors.get(incident.key);
    return error === undefined ? { incident, state: this.states.get(incident.key) ?? null } : { incident, state: null, propertyError: error };
  }

  async search(query: IncidentQuery, pageToken: string | null): Promise<RecordPage> {
    this.requests.read++;
    const now = this.now();
    const all = query.kind === 'keys'
      ? query.keys.flatMap((k) => (this.incidents.has(k) ? [k] : []))
      : query.kind === 'escalated'
        ? [...this.incidents.keys()].filter((k) => isEscalated(this.incidents.get(k)!, this.states.get(k) ?? null, query.resolvedWithinDays, now))
        : query.kind === 'openWithLabel'
          ? [...this.incidents.keys()].filter((k) => isOpenWithLabel(query, this.incidents.get(k)!))
          : [...this.incidents.keys()].filter((k) => matchesQuery(query, this.incidents.get(k)!, this.states.get(k) ?? null, now));
    const start = pageToken === null ? 0 : Number(pageToken);
    const keys = all.slice(start, start + PAGE);
    return {
      records: keys.filter((k) => !this.unreadable.has(k)).map((k) => this.record(this.incidents.get(k)!)),
      unreadable: keys.filter((k) => this.unreadable.has(k)).map((k) => ({ key: k, error: this.unreadable.get(k)! })),
      nextPageToken: start + PAGE < all.length ? String(start + PAGE) : null,
    };
  }

  async writeState(key: string, state: EscalationState): Promise<void> {
    this.requests.write++;
    this.states.set(key, state);
    // Writing the property replaces whatever unreadable value it held.
    this.propertyErrors.delete(key);
  }

  async matchesJql(key: string, jql: string): Promise<boolean> {
    this.requests.read++;
    const incident = this.incidents.get(key);
    return incident !== undefined && this.jqlMatcher(incident, jql);
  }

  async assign(key: string, accountId: string) { this.act(key, `assign ${accountId}`); this.edit(key, { assigneeAccountId: accountId, unassignedSince: null }); }
  async setPriority(key: string, priority: Priority) { this.act(key, `setPriority ${priority}`); }
  async addWatcher(key: string, accountId: string) { this.act(key, `addWatcher ${accountId}`); }
  async addLabel(key: string, label: string) {
    this.act(key, `addLabel ${label}`);
    const i = this.incidents.get(key);
    if (i && !i.labels.includes(label)) this.edit(key, { labels: [...i.labels, label] });
  }
  async addInternalComment(key: string, body: string) { this.act(key, 'comment'); this.comments.push({ key, body }); }
  async hasInternalComment(key: string, body: string) { return this.comments.some((c) => c.key === key && c.body === body && !c.public); }
  async transition(key: string, name: string) { this.act(key, `transition ${name}`); }
  /** Resolutions the twin's site knows; a drill's is among them unless a test removes it. */
  readonly resolutions = new Set(['Done', "Won't Do", 'Drill']);
  readonly resolvedAs = new Map<string, string>();
  async resolveWith(key: string, name: string, resolution: string) {
    this.act(key, `transition ${name} resolution ${resolution}`);
    if (!this.resolutions.has(resolution)) throw new Error(`resolution: Specify a valid resolution. (${resolution})`);
    this.resolvedAs.set(key, resolution);
    if (this.incidents.has(key)) this.edit(key, { statusCategory: 'done' });
  }

  async createIncident(input: NewIncident): Promise<string> {
    this.requests.write++;
    // As Jira does: a component the project lacks (or a refused priority) fails the whole create.
    const refused = [
      ...(input.service !== null && this.refusedComponents.has(input.service) ? [{ field: 'service' as const, message: "components: Specify a valid 'components' id or name" }] : []),
      ...(input.priority && this.refusedPriorities.has(input.priority) ? [{ field: 'priority' as const, message: "priority: Specify a valid 'priority' id or name" }] : []),
    ];
    if (refused.length) throw new IncidentFieldsRefused(refused);
    const key = `${input.projectKey}-${this.nextIssue++}`;
    const at = new Date(this.now()).toISOString();
    this.incidents.set(key, {
      key, summary: input.summary, projectKey: input.projectKey, requestType: input.requestType, service: input.service,
      components: input.service ? [input.service] : [], labels: [...input.labels], impact: input.impact, urgency: input.urgency,
      statusCategory: 'new', created: at, updated: at, assigneeAccountId: null, unassignedSince: at, slas: [],
    });
    this.created.push({ key, input });
    return key;
  }
  async addPublicComment(key: string, body: string) { this.act(key, 'publicComment'); this.comments.push({ key, body, public: true }); }
  async upsertInternalComment(key: string, commentId: string | null, body: string): Promise<string> {
    const existing = commentId === null ? undefined : this.comments.find((c) => c.key === key && c.id === commentId);
    if (existing) {
      this.act(key, 'updateComment');
      existing.body = body;
      return commentId!;
    }
    this.act(key, 'comment');
    const id = String(this.nextComment++);
    this.comments.push({ key, body, id });
    return id;
  }
  async getIssueProperty(key: string, propertyKey: string): Promise<unknown> {
    this.requests.read++;
    return this.properties.get(`${key}/${propertyKey}`);
  }
  async setIssueProperty(key: string, propertyKey: string, value: unknown): Promise<void> {
    this.act(key, `setProperty ${propertyKey}`);
    this.properties.set(`${key}/${propertyKey}`, structuredClone(value));
  }

  async openIncidentCounts(accountIds: readonly string[]): Promise<Map<string, number>> {
    this.requests.read++;
    const out = new Map<string, number>();
    for (const i of this.incidents.values()) {
      if (i.statusCategory !== 'done' && i.assigneeAccountId && accountIds.includes(i.assigneeAccountId)) {
        out.set(i.assigneeAccountId, (out.get(i.assigneeAccountId) ?? 0) + 1);
      }
    }
    return out;
  }

  async hasIssuePermission(accountId: string, _key: string, permission: IssuePermission) {
    this.requests.read++;
    return this.admins.has(accountId) || (this.permissions.get(accountId)?.has(permission) ?? false);
  }
  async isJiraAdmin(accountId: string) {
    this.requests.read++;
    return this.admins.has(accountId);
  }

  async userGroups(accountId: string) { this.requests.read++; return [...(this.groups.get(accountId) ?? [])]; }
  async projectRoles(accountId: string, projectKey: string) { this.requests.read++; return [...(this.roles.get(`${accountId}@${projectKey}`) ?? [])]; }
  async getUser(accountId: string) { this.requests.directory++; return this.users.get(accountId) ?? null; }

  async searchUsers(query: string, maxResults: number): Promise<DirectoryUser[]> {
    this.requests.read++;
    const q = query.toLowerCase();
    return [...this.users.values()].filter((u) => u.active && (u.displayName.toLowerCase().includes(q) || u.accountId.toLowerCase().includes(q))).slice(0, maxResults);
  }

  async searchGroups(query: string, maxResults: number): Promise<DirectoryGroup[]> {
    this.requests.read++;
    const q = query.toLowerCase();
    return this.groupNames().filter((g) => g.toLowerCase().includes(q)).slice(0, maxResults).map((name) => ({ name, groupId: null }));
  }

  async findGroup(name: string): Promise<DirectoryGroup | null> {
    this.requests.read++;
    const found = this.groupNames().find((g) => g.toLowerCase() === name.toLowerCase());
    return found ? { name: found, groupId: null } : null;
  }

  /** Groups the site has: every group a known user is in, and any added empty with `knownGroups`. */
  private groupNames(): string[] {
    return [...new Set([...this.knownGroups, ...[...this.groups.values()].flat()])].sort();
  }

  /** Test setup: a user, their groups, and project roles per project. */
  addUser(accountId: string, opts: { active?: boolean; groups?: string[]; roles?: Record<string, string[]>; displayName?: string; email?: string } = {}): void {
    this.users.set(accountId, { accountId, displayName: opts.displayName ?? accountId, active: opts.active ?? true, ...(opts.email ? { emailAddress: opts.email } : {}) });
    if (opts.groups) this.groups.set(accountId, opts.groups);
    for (const [project, names] of Object.entries(opts.roles ?? {})) this.roles.set(`${accountId}@${project}`, names);
  }

  private act(key: string, what: string): void {
    if (!this.incidents.has(key)) throw new Error(`Issue does not exist: ${key}`);
    this.requests.write++;
    this.actions.push(`${key} ${what}`);
  }

  private edit(key: string, patch: Partial<Incident>): void {
    const i = this.incidents.get(key)!;
    this.incidents.set(key, { ...i, ...patch, updated: new Date(this.now()).toISOString() });
  }
}
