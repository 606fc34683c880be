import { addMinutes } from 'date-fns';
import type { Heartbeat } from '../../../contracts/heartbeat.js';

/**
 * When a heartbeat counts as missed if nothing arrives after `from` (its last ping, or its
 * creation before the first): the interval, then the grace.
 *
 * @example heartbeatDeadline({ intervalMinutes: 60, graceMinutes: 10 }, new Date('2026-12-01T02:00:00Z')) // => 2026-12-01T03:10:00Z
 */
export function heartbeatDeadline(h: Pick<Heartbeat, 'intervalMinutes' | 'graceMinutes'>, from: Date): Date {
  return addMinutes(from, h.intervalMinutes + h.graceMinutes);
}
