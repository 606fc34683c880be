import type { Priority } from '../../contracts/common.js';
import type { JiraPriorityMapping } from '../../contracts/config.js';

/**
 * Jira's priority name → P1–P5. Names compare case-insensitively because sites rename their
 * schemes by hand; a name the mapping does not know gives null, never a guess.
 *
 * @example mapJiraPriority(defaultJiraPriorityMapping, 'highest') // 'P1'
 */
export function mapJiraPriority(mapping: JiraPriorityMapping, name: string | null): Priority | null {
  if (name === null) return null;
  const wanted = name.trim().toLowerCase();
  return mapping.find((m) => m.jiraPriority.toLowerCase() === wanted)?.priority ?? null;
}
