import type { Criticality, Priority } from '../../contracts/common.js';
import type { EscalationConfig } from '../../contracts/config.js';
import { matrixPriority } from './matrixPriority.js';
import { morePressing } from './priorityRank.js';

export interface EffectivePriority {
  priority: Priority;
  criticality: Criticality | null;
  /** Plain words for the trace, built on demand. */
  explain: () => string;
}

/**
 * The matrix priority raised to the service criticality's floor. With no impact or urgency set,
 * the incident counts as the matrix's least severe cell so that it is never silently ignored.
 *
 * @example a P4 on a mission-critical service with floor P2 → P2
 */
export function effectivePriority(
  config: EscalationConfig,
  impact: string | null,
  urgency: string | null,
  service: string | null,
): EffectivePriority {
  const fromMatrix = matrixPriority(config.matrix, impact, urgency);
  const base = fromMatrix ?? lowestCell(config);
  const svc = service === null ? undefined : config.services.find((s) => s.name === service);
  const criticality = svc?.criticality ?? null;
  const floor = criticality === null ? null : config.criticalityRules[criticality].priorityFloor;
  const priority = floor === null ? base : morePressing(base, floor);
  const explain = (): string => {
    const parts = [
    fromMatrix === null
      ? `impact/urgency not set or not in the matrix, so ${base} (the matrix's lowest)`
      : `impact ${impact} × urgency ${urgency} gives ${fromMatrix}`,
  ];
    if (floor !== null && priority !== base) parts.push(`raised to ${priority} by ${service}'s ${criticality} floor`);
    return parts.join(', ');
  };
  return { priority, criticality, explain };
}

function lowestCell(config: EscalationConfig): Priority {
  const last = config.matrix.cells.at(-1)?.at(-1);
  return last ?? 'P5';
}
