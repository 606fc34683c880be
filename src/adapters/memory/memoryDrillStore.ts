import type { DrillProgramme, DrillRecord, RunbookLink } from '../../contracts/drills.js';
import { StoredTabletopScenarioSchema, type StoredTabletopScenario } from '../../contracts/tabletop.js';
import type { DrillStore } from '../../ports/drillStore.js';
import type { SaveResult } from '../../ports/store.js';

const runbookKey = (r: Pick<RunbookLink, 'service' | 'path' | 'level'>): string => `${r.service}|${r.path ?? ''}|${r.level ?? ''}`;

/** In-memory twin of the KVS drill store; values are copied in and out like KVS would. */
export class MemoryDrillStore implements DrillStore {
  readonly drills = new Map<string, DrillRecord>();
  readonly programmes = new Map<string, DrillProgramme>();
  readonly runbooks = new Map<string, RunbookLink>();
  readonly scenarioVersions = new Map<string, StoredTabletopScenario>();
  readonly scenarioHeads = new Map<string, StoredTabletopScenario>();

  async getDrill(issueKey: string) { const d = this.drills.get(issueKey); return d ? structuredClone(d) : null; }
  async saveDrill(d: DrillRecord) { this.drills.set(d.issueKey, structuredClone(d)); }
  async listDrills() { return [...this.drills.values()].map((d) => structuredClone(d)); }
  async getProgramme(id: string) { const p = this.programmes.get(id); return p ? structuredClone(p) : null; }
  async saveProgramme(p: DrillProgramme) { this.programmes.set(p.id, structuredClone(p)); }
  async listProgrammes() { return [...this.programmes.values()].map((p) => structuredClone(p)); }
  async listRunbooks() { return [...this.runbooks.values()].map((r) => structuredClone(r)); }
  async saveRunbook(r: RunbookLink) { this.runbooks.set(runbookKey(r), structuredClone(r)); }
  async getTabletopScenario(id: string) { const s = this.scenarioHeads.get(id); return s ? structuredClone(s) : null; }
  async saveTabletopScenarioVersion(r: StoredTabletopScenario): Promise<SaveResult> {
    const k = `${r.scenario.id}:${r.version}`;
    const existing = this.scenarioVersions.get(k);
    if (existing) return { saved: false, currentVersion: existing.version };
    this.scenarioVersions.set(k, structuredClone(StoredTabletopScenarioSchema.parse(r)));
    this.scenarioHeads.set(r.scenario.id, structuredClone(r));
    return { saved: true };
  }
  async listTabletopScenarios() { return [...this.scenarioHeads.values()].map((s) => structuredClone(s)); }
}
