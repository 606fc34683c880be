import type { DrillRecord } from '../../../contracts/drills.js';
import type { EscalationState } from '../../../contracts/escalationState.js';
import { drillEnding } from '../../../domain/drills/drill/drillEnding.js';
import { standDownAsApp } from '../../escalation/incidentCommands.js';
import type { Deps } from '../../shared/deps.js';
import { rescoreDrill } from './rescoreDrill.js';
import { runningDrill } from './drillPages.js';

/** The resolution a drill issue gets, so JSM queues and SLA reports can leave drills out. */
export const DRILL_RESOLUTION = 'Drill';
const RESOLVE_TRANSITION = 'Resolve';

/** After every decision on a drill: end it when its chain completed, it ran out of levels, or its time is up. */
export async function advanceDrill(deps: Deps, issueKey: string, state: EscalationState | null): Promise<void> {
  const drill = await runningDrill(deps, issueKey);
  if (!drill) return;
  const end = drillEnding(drill, state, deps.clock.now());
  // Findings are filed at the end: mid-drill, a page not yet answered may still be answered late.
  if (end) await endDrill(deps, drill, end.reason, end.at, 'app', state);
}

/**
 * Ends a drill: records why and when, scores it and files its automatic findings, stands any
 * escalation still climbing down, and resolves the issue with the drill resolution. The record
 * is saved as ended first, so the stand-down's own decision finds no running drill.
 */
export async function endDrill(deps: Deps, drill: DrillRecord, reason: NonNullable<DrillRecord['endReason']>, atMs: number, by: string, state: EscalationState | null): Promise<DrillRecord> {
  const ended: DrillRecord = { ...drill, status: 'ended', endReason: reason, endedAt: new Date(atMs).toISOString(), endedBy: by };
  await deps.drills!.saveDrill(ended);
  const scored = await rescoreDrill(deps, ended);
  if (state?.status === 'active') await standDownAsApp(deps, drill.issueKey, by === 'app' ? 'drill' : by, `drill ended (${reason})`);
  try {
    await deps.host.resolveWith(drill.issueKey, RESOLVE_TRANSITION, DRILL_RESOLUTION);
  } catch (e) {
    // A site without the Drill resolution (or with it off the transition screen) still gets
    // the drill resolved; the label and the app's record keep it out of production figures.
    console.warn(`${drill.issueKey}: could not resolve as "${DRILL_RESOLUTION}", resolving plainly`, e);
    await deps.host.transition(drill.issueKey, RESOLVE_TRANSITION);
  }
  return scored;
}
