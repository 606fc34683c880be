import type { Priority } from '../../../contracts/common.js';
import type { UpdateCadence } from './updateCadence.js';

/**
 * When the next stakeholder update is due, or null when the priority has no cadence.
 *
 * @example
 * nextUpdateDue(new Date('2026-11-27T09:00:00Z'), 'P1', { P1: 30 }) // => 2026-11-27T09:30:00.000Z
 */
export function nextUpdateDue(lastUpdateAt: Date, priority: Priority, cadence: UpdateCadence): Date | null {
  const minutes = cadence[priority];
  return minutes === undefined ? null : new Date(lastUpdateAt.getTime() + minutes * 60_000);
}
