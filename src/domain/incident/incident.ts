/** One SLA metric of an incident as JSM reported it when the incident was read. */
export interface SlaClock {
  metric: string;
  goalMs: number;
  elapsedMs: number;
  remainingMs: number;
  breached: boolean;
  paused: boolean;
  completed: boolean;
}

/** JSM status categories: To Do, In Progress, Done. */
export type StatusCategory = 'new' | 'indeterminate' | 'done';

/**
 * What the engine knows about a Jira incident. Adapters build it from the issue; the engine
 * never reads Jira itself.
 */
export interface Incident {
  key: string;
  /** The issue summary, for lists; the engine never reads it. */
  summary?: string;
  projectKey: string;
  requestType: string | null;
  /**
   * The business service: JSM's "Affected services" field when it names a configured service,
   * else the components (first one that is a known service).
   */
  service: string | null;
  components: readonly string[];
  labels: readonly string[];
  /** Labels of the matrix's impact and urgency rows, as set on the issue. */
  impact: string | null;
  urgency: string | null;
  /** Jira's priority field by name ("Highest" …), what agents set and JSM's SLA goals run on. */
  jiraPriority?: string | null;
  statusCategory: StatusCategory;
  /** ISO instants. */
  created: string;
  updated: string;
  assigneeAccountId: string | null;
  /** When the issue last became unassigned (created, if never assigned). Null while assigned. */
  unassignedSince: string | null;
  slas: readonly SlaClock[];
  /** Policy id → whether the incident matches that policy's scope JQL, as Jira evaluated it. */
  scopeJqlMatches?: Readonly<Record<string, boolean>>;
}
