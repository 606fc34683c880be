import type { EventLogEntry } from '../../src/contracts/events.js';

/**
 * Events newest first. `seq` only orders events within one write (it is not monotonic across
 * episodes in the sandbox), so time decides first and seq breaks ties within a millisecond.
 */
export function newestFirst(events: readonly EventLogEntry[]): EventLogEntry[] {
  return [...events].sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.seq - a.seq);
}
