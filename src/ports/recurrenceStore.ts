import type { ClusterProblem, RecurrenceMember, RecurrenceSettings } from '../contracts/recurrence.js';

/** A stored recurrence record that did not parse: reported alone, never allowed to stop a read. */
export interface QuarantinedRecurrence {
  key: string;
  error: string;
}

/**
 * Recurrence in app storage: one record per clustered incident (so two incidents recorded at
 * once never overwrite each other), and one per problem a cluster raised.
 */
export interface RecurrenceStore {
  getSettings(): Promise<RecurrenceSettings | null>;
  saveSettings(settings: RecurrenceSettings): Promise<void>;
  /** Members within one scope when `scope` is given (what clustering compares), else every member. */
  listMembers(scope?: string): Promise<{ members: RecurrenceMember[]; quarantined: QuarantinedRecurrence[] }>;
  getMember(incidentKey: string, scope: string): Promise<RecurrenceMember | null>;
  saveMember(member: RecurrenceMember): Promise<void>;
  getProblem(clusterId: string): Promise<ClusterProblem | null>;
  listProblems(): Promise<ClusterProblem[]>;
  /** Also maps the problem issue back to its cluster. */
  saveProblem(problem: ClusterProblem): Promise<void>;
  /** The cluster a problem issue belongs to, or null when the issue is no problem the app opened. */
  clusterOfProblemIssue(issueKey: string): Promise<string | null>;
}
