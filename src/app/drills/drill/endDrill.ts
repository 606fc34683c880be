import type { DrillRecord } from '../../../contracts/drills.js';
import type { EscalationState } from '../../../contracts/escalationState.js';
import { drillEnding } from '../../../domain/drills/drill/drillEnding.js';
import { standDownAsApp } from '../../escalation/incidentCommands.js';
import type { Deps } from '../../shared/deps.js';
import { runningDrill } from './drillPages.js';
import { finishDrill } from './finishDrill.js';

/** Ends a running drill whose time is up (after an evaluation, and in the hourly safety net). */
export async function endDrillIfOver(deps: Deps, issueKey: string, state: EscalationState | null): Promise<void> {
  const drill = await runningDrill(deps, issueKey);
  if (!drill) return;
  const end = drillEnding(drill, state, deps.clock.now());
  if (end) await endDrill(deps, drill, end.reason, end.at, 'app', state);
}

/** Ends a drill, standing down a climb still in progress first, then finishing it. */
export async function endDrill(deps: Deps, drill: DrillRecord, reason: NonNullable<DrillRecord['endReason']>, atMs: number, by: string, state: EscalationState | null): Promise<DrillRecord> {
  const finished = finishDrill(deps, drill, reason, atMs, by);
  const done = await finished;
  if (state?.status === 'active') await standDownAsApp(deps, drill.issueKey, by === 'app' ? 'drill' : by, `drill ended (${reason})`);
  return done;
}
