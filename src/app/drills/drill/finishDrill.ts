import type { DrillRecord } from '../../../contracts/drills.js';
import type { EscalationState } from '../../../contracts/escalationState.js';
import { drillEnding } from '../../../domain/drills/drill/drillEnding.js';
import type { Deps } from '../../shared/deps.js';
import { runningDrill } from './drillPages.js';
import { rescoreDrill } from './rescoreDrill.js';

/** The resolution a drill issue gets, so JSM queues and SLA reports can leave drills out. */
export const DRILL_RESOLUTION = 'Drill';
const RESOLVE_TRANSITION = 'Resolve';

/**
 * After every decision on a drill: end it when its acknowledgement chain completed or the
 * policy ran out of levels. (The time limit needs the climb stood down: `endDrill` does that.)
 */
export async function advanceDrill(deps: Deps, issueKey: string, state: EscalationState | null): Promise<void> {
  const drill = await runningDrill(deps, issueKey);
  if (!drill) return;
  const end = drillEnding(drill, state, deps.clock.now());
  // Findings are filed at the end: mid-drill, a page not yet answered may still be answered late.
  if (end && end.reason !== 'timeLimit') await finishDrill(deps, drill, end.reason, end.at, 'app');
}

/**
 * Records why and when the drill ended, scores it and files its automatic findings, and
 * resolves the issue with the drill resolution. Saved as ended first, so any later decision on
 * the issue finds no running drill.
 */
export async function finishDrill(deps: Deps, drill: DrillRecord, reason: NonNullable<DrillRecord['endReason']>, atMs: number, by: string): Promise<DrillRecord> {
  const ended: DrillRecord = { ...drill, status: 'ended', endReason: reason, endedAt: new Date(atMs).toISOString(), endedBy: by };
  await deps.drills!.saveDrill(ended);
  const scored = await rescoreDrill(deps, ended);
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
