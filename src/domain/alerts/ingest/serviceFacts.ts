import type { Criticality } from '../../../contracts/common.js';
import type { EscalationConfig } from '../../../contracts/config.js';
import type { ServiceFacts } from './alertIncident.js';
import type { ServiceCriticality } from './severityToMatrix.js';

/** The configuration's four business criticalities, read as the matrix's impact scale. */
const IMPACT_OF: Record<Criticality, ServiceCriticality> = {
  'mission-critical': 'critical',
  'business-critical': 'high',
  standard: 'medium',
  legacy: 'low',
};

/**
 * What configuration knows about the alert's service. Names match case-insensitively because
 * monitoring labels (`payments`) rarely use the configured spelling (`Payments`).
 *
 * @example
 * serviceFacts(config, 'payments') // => { name: 'Payments', criticality: 'critical', ownerAccountId: null, runbookUrl: null }
 */
export function serviceFacts(config: Pick<EscalationConfig, 'services'> | null, service: string | null): ServiceFacts & { name: string | null } {
  const s = service === null ? undefined : config?.services.find((x) => x.name.toLowerCase() === service.toLowerCase());
  if (!s) return { name: service, criticality: null, ownerAccountId: null, runbookUrl: null };
  return { name: s.name, criticality: IMPACT_OF[s.criticality], ownerAccountId: s.ownerAccountId ?? null, runbookUrl: s.runbookUrl ?? null };
}
