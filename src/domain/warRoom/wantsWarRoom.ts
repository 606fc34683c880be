import type { WarRoomSettings } from '../../contracts/commsSettings.js';
import type { Priority } from '../../contracts/common.js';
import { priorities } from '../../contracts/common.js';

export interface WarRoomFacts {
  /** Names of the joint protocols that engaged teams on the incident. */
  protocols: readonly string[];
  priority: Priority | null;
  resolved: boolean;
  drill: boolean;
}

export type WarRoomWanted = { wanted: true; why: string } | { wanted: false; why: string };

/**
 * Whether an incident should get a war room now: one a joint protocol engaged teams on, or one
 * at or above the configured priority; never a resolved one; a drill only when drills are on.
 *
 * @example wantsWarRoom({ enabled: true, minPriority: 'P2', … }, { protocols: [], priority: 'P1', resolved: false, drill: false })
 * // => { wanted: true, why: 'priority P1' }
 */
export function wantsWarRoom(settings: WarRoomSettings, f: WarRoomFacts): WarRoomWanted {
  if (!settings.enabled) return { wanted: false, why: 'war rooms are off' };
  if (f.resolved) return { wanted: false, why: 'the incident is resolved' };
  if (f.drill && !settings.drills) return { wanted: false, why: 'drills get no war room unless war rooms for drills are on' };
  if (f.protocols.length) return { wanted: true, why: `protocol ${f.protocols.join(', ')}` };
  if (settings.minPriority !== null && f.priority !== null && priorities.indexOf(f.priority) <= priorities.indexOf(settings.minPriority)) {
    return { wanted: true, why: `priority ${f.priority}` };
  }
  return { wanted: false, why: settings.minPriority === null ? 'no joint protocol engaged teams' : `neither protocol-engaged nor ${settings.minPriority} or higher` };
}
