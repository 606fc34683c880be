import type { SyntheticCheck, SyntheticRun } from '../../contracts/synthetic.js';
import type { SyntheticStore } from '../../ports/syntheticStore.js';

/** In-memory twin of the KVS synthetic-check store; values are copied in and out like KVS would. */
export class MemorySyntheticStore implements SyntheticStore {
  readonly checks = new Map<string, SyntheticCheck>();
  readonly runs = new Map<string, SyntheticRun>();

  async listChecks() { return [...this.checks.values()].map((c) => structuredClone(c)).sort((a, b) => a.name.localeCompare(b.name)); }
  async getCheck(id: string) { const c = this.checks.get(id); return c ? structuredClone(c) : null; }
  async saveCheck(c: SyntheticCheck) { this.checks.set(c.id, structuredClone(c)); }
  async deleteCheck(id: string) { this.checks.delete(id); }
  async getRun(id: string) { const r = this.runs.get(id); return r ? structuredClone(r) : null; }
  async saveRun(r: SyntheticRun) { this.runs.set(r.id, structuredClone(r)); }
  async listRuns(checkId: string, limit: number) {
    return [...this.runs.values()].filter((r) => r.checkId === checkId).sort((a, b) => b.startedAt.localeCompare(a.startedAt) || b.id.localeCompare(a.id))
      .slice(0, limit).map((r) => structuredClone(r));
  }
}
