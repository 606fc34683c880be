import type { Criticality, Priority } from '../../contracts/common.js';
import type { EscalationConfig } from '../../contracts/config.js';
import { mapJiraPriority } from './jiraPriorityMapping.js';
import { matrixPriority } from './matrixPriority.js';
import { morePressing } from './priorityRank.js';

/** Which input decided the effective priority. `lowest` means nothing was set. */
export type PrioritySource = 'matrix' | 'jira' | 'floor' | 'lowest';

/**
 * The matrix and Jira's priority field disagree: the agent set one and the other says something
 * else (e.g. Highest with impact and urgency that give P4). The more pressing one wins; the panel
 * shows the conflict so the agent can fix whichever field is wrong.
 */
export interface PriorityConflict {
  matrix: Priority;
  jira: Priority;
  jiraPriority: string;
}

export interface EffectivePriority {
  priority: Priority;
  source: PrioritySource;
  criticality: Criticality | null;
  conflict: PriorityConflict | null;
  /** Plain words for the trace, built on demand. */
  explain: () => string;
}

/** The incident fields the effective priority reads. */
export interface PriorityInputs {
  impact: string | null;
  urgency: string | null;
  service: string | null;
  /** Jira's priority field, by name (e.g. "Highest"), as the agent set it. */
  jiraPriority?: string | null;
}

/**
 * The most pressing of: the matrix (when impact and urgency are set), Jira's priority field
 * mapped to P1–P5, and the service criticality's floor. On a tie the earlier source in that order
 * is named. With none of them, the incident counts as the matrix's least severe cell, so that it
 * is never silently ignored.
 *
 * @example Highest with no impact/urgency on a standard service → P1, decided by Jira's priority
 */
export function effectivePriority(config: EscalationConfig, inputs: PriorityInputs): EffectivePriority {
  const { impact, urgency, service } = inputs;
  const jiraName = inputs.jiraPriority ?? null;
  const fromMatrix = matrixPriority(config.matrix, impact, urgency);
  const fromJira = mapJiraPriority(config.jiraPriorityMapping, jiraName);
  const svc = service === null ? undefined : config.services.find((s) => s.name === service);
  const criticality = svc?.criticality ?? null;
  const floor = criticality === null ? null : config.criticalityRules[criticality].priorityFloor;
  const candidates: Array<[PrioritySource, Priority]> = [];
  if (fromMatrix !== null) candidates.push(['matrix', fromMatrix]);
  if (fromJira !== null) candidates.push(['jira', fromJira]);
  if (floor !== null) candidates.push(['floor', floor]);
  let source: PrioritySource = 'lowest';
  let priority = lowestCell(config);
  for (const [s, p] of candidates) {
    if (source === 'lowest' || morePressing(p, priority) !== priority) { source = s; priority = p; }
  }
  const conflict = fromMatrix !== null && fromJira !== null && fromMatrix !== fromJira && jiraName !== null
    ? { matrix: fromMatrix, jira: fromJira, jiraPriority: jiraName } : null;
  const explain = (): string => {
    const parts = [
      fromMatrix === null ? 'impact/urgency not set or not in the matrix' : `impact ${impact} × urgency ${urgency} gives ${fromMatrix}`,
      jiraName === null ? "Jira's priority not set" : fromJira === null
        ? `Jira's priority "${jiraName}" is not in the priority mapping` : `Jira's priority ${jiraName} maps to ${fromJira}`,
    ];
    if (floor !== null) parts.push(`${service}'s ${criticality} floor is ${floor}`);
    const decided = source === 'lowest' ? `so ${priority} (the matrix's lowest)`
      : `so ${priority}, decided by ${source === 'matrix' ? 'the matrix' : source === 'jira' ? "Jira's priority" : 'the service floor'}`;
    const conflictNote = conflict ? `; conflict: Jira says ${conflict.jiraPriority} (${conflict.jira}) but the matrix gives ${conflict.matrix}` : '';
    return `${parts.join(', ')}, ${decided}${conflictNote}`;
  };
  return { priority, source, criticality, conflict, explain };
}

function lowestCell(config: EscalationConfig): Priority {
  const last = config.matrix.cells.at(-1)?.at(-1);
  return last ?? 'P5';
}
