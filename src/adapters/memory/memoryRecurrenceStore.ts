import { ClusterProblemSchema, RecurrenceMemberSchema, type ClusterProblem, type RecurrenceMember, type RecurrenceSettings } from '../../contracts/recurrence.js';
import type { QuarantinedRecurrence, RecurrenceStore } from '../../ports/recurrenceStore.js';

/** In-memory twin of the KVS recurrence store, with the same semantics, for tests and benchmarks. */
export class MemoryRecurrenceStore implements RecurrenceStore {
  private settings: RecurrenceSettings | null = null;
  /** Raw values by incident key, so tests can plant a corrupt record the way a bad KVS value would look. */
  readonly members = new Map<string, unknown>();
  private readonly problems = new Map<string, ClusterProblem>();
  private readonly byIssue = new Map<string, string>();

  async getSettings() { return this.settings === null ? null : structuredClone(this.settings); }
  async saveSettings(s: RecurrenceSettings) { this.settings = structuredClone(s); }

  async listMembers(scope?: string) {
    const members: RecurrenceMember[] = [];
    const quarantined: QuarantinedRecurrence[] = [];
    for (const [key, raw] of this.members) {
      const r = RecurrenceMemberSchema.safeParse(raw);
      if (!r.success) quarantined.push({ key, error: `${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}` });
      else if (scope === undefined || r.data.scope === scope) members.push(r.data);
    }
    return { members, quarantined };
  }

  async getMember(incidentKey: string, scope: string) {
    const raw = this.members.get(incidentKey);
    if (raw === undefined) return null;
    const m = RecurrenceMemberSchema.parse(raw);
    return m.scope === scope ? m : null;
  }

  async saveMember(m: RecurrenceMember) { this.members.set(m.incidentKey, structuredClone(RecurrenceMemberSchema.parse(m))); }

  async getProblem(clusterId: string) { const p = this.problems.get(clusterId); return p ? structuredClone(p) : null; }
  async listProblems() { return [...this.problems.values()].map((p) => structuredClone(p)); }
  async saveProblem(p: ClusterProblem) {
    this.problems.set(p.clusterId, structuredClone(ClusterProblemSchema.parse(p)));
    this.byIssue.set(p.issueKey, p.clusterId);
  }
  async clusterOfProblemIssue(issueKey: string) { return this.byIssue.get(issueKey) ?? null; }
}
