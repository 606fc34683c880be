import { kvs } from '@forge/kvs';
import { DrillProgrammeSchema, DrillRecordSchema, RunbookLinkSchema, type DrillProgramme, type DrillRecord, type RunbookLink } from '../../contracts/drills.js';
import { StoredTabletopScenarioSchema, type StoredTabletopScenario } from '../../contracts/tabletop.js';
import type { DrillStore } from '../../ports/drillStore.js';
import type { SaveResult } from '../../ports/store.js';
import { kvsQueryAll } from './kvsQueryAll.js';
import { parseStored } from './storedRecords.js';

const drillKey = (issueKey: string) => `drill:${issueKey}`;
const programmeKey = (id: string) => `drill-programme:${id}`;
const scenarioKey = (id: string) => `tabletop:${id}`;
// Service names may hold characters KVS keys refuse; the key is a readable, safe digest of them.
const safe = (s: string) => s.replace(/[^a-zA-Z0-9:._-]/g, '_');
const runbookKey = (r: Pick<RunbookLink, 'service' | 'path' | 'level'>) => `drill-runbook:${safe(r.service)}:${r.path ?? '-'}:${r.level ?? '-'}`;

/**
 * Drills under `drill:<issue>`, programmes under `drill-programme:<id>`, runbooks under
 * `drill-runbook:`; tabletop scenarios as `tabletop-v:<id>:<version>` written once
 * (FAIL_IF_EXISTS) with `tabletop:<id>` the head, as teams are.
 */
export class KvsDrillStore implements DrillStore {
  async getDrill(issueKey: string): Promise<DrillRecord | null> {
    const v = await kvs.get(drillKey(issueKey));
    return v === undefined ? null : parseStored(DrillRecordSchema, drillKey(issueKey), v);
  }
  async saveDrill(d: DrillRecord): Promise<void> { await kvs.set(drillKey(d.issueKey), d); }
  async listDrills(): Promise<DrillRecord[]> {
    const out: DrillRecord[] = [];
    for (const [k, v] of await kvsQueryAll('drill:')) {
      // One unreadable record is left out (and logged), never allowed to hide the others.
      try { out.push(parseStored(DrillRecordSchema, k, v)); } catch (e) { console.error(e); }
    }
    return out;
  }
  async getProgramme(id: string): Promise<DrillProgramme | null> {
    const v = await kvs.get(programmeKey(id));
    return v === undefined ? null : parseStored(DrillProgrammeSchema, programmeKey(id), v);
  }
  async saveProgramme(p: DrillProgramme): Promise<void> { await kvs.set(programmeKey(p.id), p); }
  async listProgrammes(): Promise<DrillProgramme[]> {
    return (await kvsQueryAll('drill-programme:')).map(([k, v]) => parseStored(DrillProgrammeSchema, k, v));
  }
  async listRunbooks(): Promise<RunbookLink[]> {
    return (await kvsQueryAll('drill-runbook:')).map(([k, v]) => parseStored(RunbookLinkSchema, k, v));
  }
  async saveRunbook(r: RunbookLink): Promise<void> { await kvs.set(runbookKey(r), r); }
  async getTabletopScenario(id: string): Promise<StoredTabletopScenario | null> {
    const v = await kvs.get(scenarioKey(id));
    return v === undefined ? null : parseStored(StoredTabletopScenarioSchema, scenarioKey(id), v);
  }
  async saveTabletopScenarioVersion(r: StoredTabletopScenario): Promise<SaveResult> {
    const versionKey = `tabletop-v:${r.scenario.id}:${r.version}`;
    try {
      await kvs.set(versionKey, r, { keyPolicy: 'FAIL_IF_EXISTS' });
    } catch (e) {
      const v = await kvs.get(versionKey);
      if (v === undefined) throw e;
      const existing = parseStored(StoredTabletopScenarioSchema, versionKey, v);
      // The head may lag its newest version if a writer died between the two writes.
      await kvs.set(scenarioKey(r.scenario.id), existing);
      return { saved: false, currentVersion: existing.version };
    }
    await kvs.set(scenarioKey(r.scenario.id), r);
    return { saved: true };
  }
  async listTabletopScenarios(): Promise<StoredTabletopScenario[]> {
    const out: StoredTabletopScenario[] = [];
    for (const [k, v] of await kvsQueryAll('tabletop:')) {
      try { out.push(parseStored(StoredTabletopScenarioSchema, k, v)); } catch (e) { console.error(e); }
    }
    return out;
  }
}
