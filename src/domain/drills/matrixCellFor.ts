import type { Priority } from '../../contracts/common.js';
import type { PriorityMatrix } from '../../contracts/config.js';

/**
 * The most severe impact × urgency cell that gives `priority`, so "simulate a P2" can be asked
 * without knowing the matrix. Null when no cell gives it.
 *
 * @example matrixCellFor(jsm4x4, 'P1') // { impact: 'Extensive / Widespread', urgency: 'Critical' }
 */
export function matrixCellFor(matrix: PriorityMatrix, priority: Priority): { impact: string; urgency: string } | null {
  for (let r = 0; r < matrix.impacts.length; r++) {
    const row = matrix.cells[r] ?? [];
    for (let c = 0; c < matrix.urgencies.length; c++) {
      if (row[c] === priority) return { impact: matrix.impacts[r]!, urgency: matrix.urgencies[c]! };
    }
  }
  return null;
}
