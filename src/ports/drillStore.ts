import type { DrillProgramme, DrillRecord, RunbookLink } from '../contracts/drills.js';
import type { StoredTabletopScenario } from '../contracts/tabletop.js';
import type { SaveResult } from './store.js';

/**
 * Drills, programmes and runbook links in app storage. The drill record is the truth about
 * whether an issue is a drill: the issue's label can be removed by anyone who may edit it, so
 * isolation never trusts it.
 */
export interface DrillStore {
  getDrill(issueKey: string): Promise<DrillRecord | null>;
  saveDrill(drill: DrillRecord): Promise<void>;
  listDrills(): Promise<DrillRecord[]>;
  getProgramme(id: string): Promise<DrillProgramme | null>;
  saveProgramme(p: DrillProgramme): Promise<void>;
  listProgrammes(): Promise<DrillProgramme[]>;
  listRunbooks(): Promise<RunbookLink[]>;
  saveRunbook(r: RunbookLink): Promise<void>;
  /** Tabletop scenarios: each version written once, so two admins saving at once cannot both win. */
  getTabletopScenario(id: string): Promise<StoredTabletopScenario | null>;
  saveTabletopScenarioVersion(r: StoredTabletopScenario): Promise<SaveResult>;
  listTabletopScenarios(): Promise<StoredTabletopScenario[]>;
}
