import { kvs } from '@forge/kvs';
import { DrillProgrammeSchema, DrillRecordSchema, RunbookLinkSchema, type DrillProgramme, type DrillRecord, type RunbookLink } from '../../contracts/drills.js';
import type { DrillStore } from '../../ports/drillStore.js';
import { kvsQueryAll } from './kvsQueryAll.js';
import { parseStored } from './storedRecords.js';

const drillKey = (issueKey: string) => `drill:${issueKey}`;
const programmeKey = (id: string) => `drill-programme:${id}`;
// Service names may hold characters KVS keys refuse; the key is a readable, safe digest of them.
const safe = (s: string) => s.replace(/[^a-zA-Z0-9:._-]/g, '_');
const runbookKey = (r: Pick<RunbookLink, 'service' | 'path' | 'level'>) => `drill-runbook:${safe(r.service)}:${r.path ?? '-'}:${r.level ?? '-'}`;

/** Drills under `drill:<issue>`, programmes under `drill-programme:<id>`, runbooks under `drill-runbook:`. */
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
}
