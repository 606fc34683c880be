import { TZDate } from '@date-fns/tz';
import type { DrillProgramme } from '../../../contracts/drills.js';

/** Working hours for drills: Monday to Friday, 09:00–17:00 in the participants' zone. */
const START_HOUR = 9;
const END_HOUR = 17;

/**
 * Whether `now` lies in the programme's window: the participants' working hours, or
 * deliberately outside them (nights and weekends) to test the out-of-hours path.
 */
export function inDrillWindow(p: Pick<DrillProgramme, 'window' | 'timeZone'>, now: number): boolean {
  const local = new TZDate(now, p.timeZone);
  const day = local.getDay();
  const hour = local.getHours();
  const working = day >= 1 && day <= 5 && hour >= START_HOUR && hour < END_HOUR;
  return p.window === 'workingHours' ? working : !working;
}
