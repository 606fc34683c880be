/**
 * The records the emulated Jira site keeps. They are the site's own vocabulary, not REST shapes:
 * `issueView.ts` and friends turn them into Jira Cloud's JSON.
 */

/** Atlassian Document Format, kept opaque: the site stores and returns what it was given. */
export type Adf = { type: 'doc'; version: 1; content: unknown[] };

export interface ChangeItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface ChangelogEntry {
  id: string;
  authorId: string;
  created: number;
  items: ChangeItem[];
}

export interface CommentRecord {
  id: string;
  authorId: string;
  body: Adf;
  created: number;
  updated: number;
  /** false = internal note: agents only, never shown to customers. */
  isPublic: boolean;
}

export interface IssueRecord {
  id: string;
  key: string;
  projectKey: string;
  issueTypeId: string;
  summary: string;
  description: Adf | null;
  statusId: string;
  priorityId: string;
  assigneeId: string | null;
  reporterId: string;
  labels: string[];
  /** Component (service) ids. */
  components: string[];
  requestTypeId: string | null;
  /** Select option ids of the Impact / Urgency custom fields. */
  impactId: string | null;
  urgencyId: string | null;
  /** JSM service registry ids in the "Affected services" field (absent in states saved before it existed). */
  affectedServiceIds?: string[];
  resolutionId: string | null;
  resolutionDate: number | null;
  created: number;
  updated: number;
  properties: Record<string, unknown>;
  changelog: ChangelogEntry[];
  comments: CommentRecord[];
  watchers: string[];
}

export type AccountType = 'atlassian' | 'customer' | 'app';

export interface SiteUser {
  accountId: string;
  email: string;
  displayName: string;
  accountType: AccountType;
  timeZone: string;
  /** Human label for the sandbox shell's user switcher, e.g. "Agent". */
  roleLabel: string;
}

export interface Component {
  id: string;
  name: string;
}

export interface RequestType {
  id: string;
  name: string;
  description: string;
  issueTypeId: string;
}

export interface ProjectRecord {
  id: string;
  key: string;
  name: string;
  serviceDeskId: string;
  leadAccountId: string;
  components: Component[];
  requestTypes: RequestType[];
}

/** Who is calling: the app itself (asApp, every right) or a user (asUser / Basic auth). */
export type Actor = { kind: 'app' } | { kind: 'user'; accountId: string };

/**
 * Product events the site emits after its own writes, shaped like Forge's trigger payloads.
 * A type alias rather than an interface so it is assignable to `Record<string, unknown>`.
 */
export type JiraProductEvent = {
  eventType:
    | 'avi:jira:created:issue'
    | 'avi:jira:updated:issue'
    | 'avi:jira:commented:issue'
    | 'avi:jira:assigned:issue';
  issue: { id: string; key: string; fields: Record<string, unknown> };
  atlassianId: string;
  changelog?: { id: string; items: ChangeItem[] };
  comment?: { id: string; body: Adf; author: { accountId: string }; jsdPublic: boolean };
};
