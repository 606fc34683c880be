import type { Priority } from '../../contracts/common.js';
import type { PriorityMatrix } from '../../contracts/config.js';

/**
 * Looks up impact × urgency. Labels compare case-insensitively because Jira option values are
 * edited by hand. Unknown or missing values give null, never a guess.
 *
 * @example matrixPriority(itil3x3, 'High', 'Medium') // 'P2'
 */
export function matrixPriority(matrix: PriorityMatrix, impact: string | null, urgency: string | null): Priority | null {
  if (impact === null || urgency === null) return null;
  const row = indexOfLabel(matrix.impacts, impact);
  const col = indexOfLabel(matrix.urgencies, urgency);
  if (row < 0 || col < 0) return null;
  return matrix.cells[row]?.[col] ?? null;
}

function indexOfLabel(labels: readonly string[], value: string): number {
  const wanted = value.trim().toLowerCase();
  return labels.findIndex((l) => l.toLowerCase() === wanted);
}
