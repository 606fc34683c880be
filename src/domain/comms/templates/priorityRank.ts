import type { Priority } from '../../../contracts/common.js';

/**
 * 1 for P1 (most urgent) to 5 for P5, so "at or above P2" reads as `rank <= 2`.
 *
 * @example
 * priorityRank('P2') // => 2
 */
export function priorityRank(priority: Priority): number {
  return Number(priority.slice(1));
}
