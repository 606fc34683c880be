import { addMonths } from 'date-fns';
import type { DrillProgramme } from '../../../contracts/drills.js';

/**
 * When the programme's next drill falls due: at once for a programme never run, else its
 * cadence after the last run. Null when the programme is switched off.
 *
 * @example nextDrillDue({cadenceMonths: 3, lastRunAt: '2026-09-01T10:00:00Z', enabled: true}) // => 2026-12-01T10:00Z
 */
export function nextDrillDue(p: Pick<DrillProgramme, 'cadenceMonths' | 'lastRunAt' | 'enabled'>, now: number): number | null {
  if (!p.enabled) return null;
  if (!p.lastRunAt) return now;
  return addMonths(new Date(p.lastRunAt), p.cadenceMonths).getTime();
}
