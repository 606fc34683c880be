import type { DrillRecord } from '../../../contracts/drills.js';
import type { TabletopScore } from '../../../contracts/tabletop.js';
import type { Team } from '../../../contracts/team.js';
import { scoreTabletop } from '../../../domain/drills/tabletop/scoreTabletop.js';
import type { Deps } from '../../shared/deps.js';

/** A tabletop drill's score from its coordination record; clocks stop with the exercise, so a deadline after its end is no miss. */
export async function scoreExercise(deps: Pick<Deps, 'coordination' | 'clock'>, drill: DrillRecord, teams: ReadonlyMap<string, Team>): Promise<TabletopScore | null> {
  if (!drill.tabletop) return null;
  const coordination = (await deps.coordination?.getRecord(drill.issueKey))?.record ?? null;
  const at = drill.endedAt ? Date.parse(drill.endedAt) : deps.clock.now();
  return scoreTabletop({ run: drill.tabletop, startedAt: drill.startedAt, coordination, teams }, at);
}
