import type { PathName } from '../../../contracts/common.js';
import type { DrillScenario } from '../../../contracts/drills.js';

/** What an outbound action is for; only pages to responders may leave a drill. */
export type OutboundPurpose = 'responderPage' | 'stakeholder' | 'customer' | 'statusPage' | 'monitoringWebhook';

/**
 * Whether a drill may do it. Drills exercise the responders' side only: everything customers,
 * stakeholders or monitoring tools would see is withheld, whoever asks.
 *
 * @example allowedInDrill('statusPage') // => false
 */
export function allowedInDrill(purpose: OutboundPurpose): boolean {
  return purpose === 'responderPage';
}

/** A page on this path in this drill: sent, or only recorded as "would page". */
export function pathIncluded(scenario: Pick<DrillScenario, 'includePaths'>, path: PathName): boolean {
  return path === 'technical' ? scenario.includePaths.includes('technical') || scenario.includePaths.length === 0 : scenario.includePaths.includes(path);
}
