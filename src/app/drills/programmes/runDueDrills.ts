import { inDrillWindow } from '../../../domain/drills/programmes/inDrillWindow.js';
import { nextDrillDue } from '../../../domain/drills/programmes/nextDrillDue.js';
import type { Deps } from '../../shared/deps.js';
import { endDrillIfOver } from '../drill/endDrill.js';
import { runProgramme } from './drillsAdmin.js';

export interface DueDrillsReport {
  started: string[];
  /** Programmes due but outside their window now, and errors, by programme id. */
  waiting: string[];
  failed: Array<{ programmeId: string; error: string }>;
  /** Running drills past their time limit that were ended here (the safety net for a lost timer). */
  ended: string[];
}

/**
 * The scheduled run: starts every programme's drill that is due and inside its window (once per
 * due date, so a duplicate trigger run starts nothing twice), and ends drills past their limit.
 */
export async function runDueDrills(deps: Deps): Promise<DueDrillsReport> {
  const report: DueDrillsReport = { started: [], waiting: [], failed: [], ended: [] };
  if (!deps.drills) return report;
  const now = deps.clock.now();
  for (const p of await deps.drills.listProgrammes()) {
    const due = nextDrillDue(p, now);
    if (due === null || due > now) continue;
    if (!inDrillWindow(p, now)) {
      report.waiting.push(p.id);
      continue;
    }
    const claim = `drill-programme-run/${p.id}/${p.lastRunAt ?? 'first'}`;
    if (!(await deps.store.claimIntent(claim, 900))) continue;
    try {
      const d = await runProgramme(deps, p, 'drill-programmes');
      report.started.push(d.issueKey);
      await deps.store.completeIntent(claim);
    } catch (e) {
      await deps.store.releaseIntent(claim);
      report.failed.push({ programmeId: p.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  for (const d of await deps.drills.listDrills()) {
    if (d.status !== 'running' || Date.parse(d.endsAt) > now) continue;
    const record = await deps.host.getIncident(d.issueKey);
    await endDrillIfOver(deps, d.issueKey, record?.state ?? null);
    report.ended.push(d.issueKey);
  }
  return report;
}
