import type { Priority } from '../contracts/common.js';
import type { EscalationState } from '../contracts/escalationState.js';
import type { Incident } from '../domain/incident/incident.js';
import type { IncidentQuery } from './incidentQuery.js';

/** An incident as read from Jira, with its stored escalation state (null when never escalated). */
export interface IncidentRecord {
  incident: Incident;
  state: EscalationState | null;
  /**
   * Set by the Jira adapter when the `escalation` property is there but does not parse. The
   * property is only a mirror: app storage decides the state (see app/integrity).
   */
  propertyError?: string;
  /** The issue's latest changelog entry, when the read included the changelog. */
  lastEdit?: { accountId: string | null; at: string } | null;
}

export interface RecordPage {
  records: IncidentRecord[];
  /**
   * Matching issues whose record could not be read (a malformed or tampered `escalation`
   * property, an unexpected issue shape): quarantined one by one, so a single bad record never
   * hides the rest of the page. Each is reported by key with the reason.
   */
  unreadable: Array<{ key: string; error: string }>;
  nextPageToken: string | null;
}

/** A Jira account as the directory knows it; `active` is false for deactivated accounts. */
export interface DirectoryUser {
  accountId: string;
  displayName: string;
  active: boolean;
  /** Jira's 48×48 avatar URL, when Jira gave one. */
  avatarUrl?: string;
  /** Only when the person's profile lets Jira show it (war rooms find them in Slack by it). */
  emailAddress?: string;
}

/** A Jira group as its group picker names it. */
export interface DirectoryGroup {
  name: string;
  groupId: string | null;
}

/** What an alert integration opens: an incident in the integration's JSM project. */
export interface NewIncident {
  projectKey: string;
  /** JSM request type name; null leaves the project's default. */
  requestType: string | null;
  summary: string;
  /** Plain text; the Jira adapter turns it into a document. */
  description: string;
  /** Set as the issue's component, which is how incidents name their service. */
  service: string | null;
  labels: string[];
  /** Matrix row labels, so Jira's priority and the engine agree from the start. */
  impact: string | null;
  urgency: string | null;
  /** The matrix's priority for impact × urgency; Jira's SLA goals follow the issue's priority. */
  priority?: Priority | null;
}

/** Jira permissions the app checks on an issue for the person acting. */
export type IssuePermission = 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'ADD_COMMENTS' | 'ASSIGN_ISSUES';

/**
 * The Jira issue is the incident record. This port reads incidents and their `escalation`
 * property, writes the property back, and carries out issue actions. Each method is one
 * Jira request, so request counts can be reasoned about.
 */
export interface IncidentHost {
  getIncident(key: string): Promise<IncidentRecord | null>;
  /** Finds incidents and returns full records a page at a time (up to 100 per request). */
  search(query: IncidentQuery, pageToken: string | null): Promise<RecordPage>;
  writeState(key: string, state: EscalationState): Promise<void>;
  /** Whether the issue matches the JQL (for policy scopes only Jira can evaluate). */
  matchesJql(key: string, jql: string): Promise<boolean>;

  assign(key: string, accountId: string): Promise<void>;
  setPriority(key: string, priority: Priority): Promise<void>;
  addWatcher(key: string, accountId: string): Promise<void>;
  addLabel(key: string, label: string): Promise<void>;
  addInternalComment(key: string, body: string): Promise<void>;
  /** Whether an internal comment with exactly this body is on the issue (to finish a step a dead run may have done). */
  hasInternalComment(key: string, body: string): Promise<boolean>;
  transition(key: string, transitionName: string): Promise<void>;
  /**
   * Moves the issue through `transitionName` setting the named resolution (a drill resolves as
   * "Drill", so queues and SLA reports can leave it out). Throws when Jira refuses the resolution.
   */
  resolveWith(key: string, transitionName: string, resolutionName: string): Promise<void>;

  /** Creates the incident and returns its key. */
  createIncident(input: NewIncident): Promise<string>;
  /** A customer-visible JSM comment (public status updates). */
  addPublicComment(key: string, body: string): Promise<void>;
  /**
   * Adds an internal comment, or replaces the body of one this app posted before (rolled-up
   * alert counts), and returns the comment's id. A missing comment is posted afresh.
   */
  upsertInternalComment(key: string, commentId: string | null, body: string): Promise<string>;
  /** An issue property's value, or undefined when the issue has none by that key. */
  getIssueProperty(key: string, propertyKey: string): Promise<unknown>;
  setIssueProperty(key: string, propertyKey: string, value: unknown): Promise<void>;

  /** Open (not Done) incidents assigned to each person; one search per hundred results. */
  openIncidentCounts(accountIds: readonly string[]): Promise<Map<string, number>>;

  hasIssuePermission(accountId: string, key: string, permission: IssuePermission): Promise<boolean>;
  isJiraAdmin(accountId: string): Promise<boolean>;

  /**
   * Directory reads for app roles and audits. They are asked about any user, whoever is
   * acting, so the Jira adapter reads them as the app: an agent may not read role membership.
   */
  userGroups(accountId: string): Promise<string[]>;
  /** Names of the project roles the user holds in the project, directly or through a group. */
  projectRoles(accountId: string, projectKey: string): Promise<string[]>;
  /** Null when Jira has no such account. */
  getUser(accountId: string): Promise<DirectoryUser | null>;

  /**
   * Pickers: people and groups matching what someone typed, searched with the acting person's
   * own rights (Jira's "Browse users and groups"), so a picker shows only what Jira would.
   */
  searchUsers(query: string, maxResults: number): Promise<DirectoryUser[]>;
  searchGroups(query: string, maxResults: number): Promise<DirectoryGroup[]>;
  /** Null when the site has no group by that name (case-insensitive, as Jira's names are). */
  findGroup(name: string): Promise<DirectoryGroup | null>;
}
