import type { EventLogEntry } from '../../contracts/events.js';

/**
 * A deterministic id for an event: the same step recorded twice (a retried invocation) lands
 * on the same id, so the log never shows a step twice. Sorted ids read in time order.
 */
export function eventId(e: EventLogEntry): string {
  return `${e.at}:${String(e.seq).padStart(3, '0')}:${e.type}:${e.path ?? '-'}:${e.level ?? 0}:${e.loop}`;
}
