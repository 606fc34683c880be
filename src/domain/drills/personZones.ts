import type { Schedule } from '../oncall/schedule.js';

/**
 * Each person's time zone for sleep-hour counts: the zone of the first rotation (bottom layer
 * first) they take part in, else the zone of a schedule that overrides them in. People in two
 * zones' rotations count in the first; the simulator's per-page view shows the exact shift.
 */
export function personZones(schedules: Iterable<Schedule>): Map<string, string> {
  const zones = new Map<string, string>();
  const list = [...schedules];
  for (const s of list) for (const l of s.layers) for (const p of l.rotation.participants) if (!zones.has(p)) zones.set(p, l.rotation.timeZone);
  for (const s of list) for (const o of s.overrides) if (!zones.has(o.accountId)) zones.set(o.accountId, s.timeZone);
  return zones;
}
