import type { Severity } from '../alert.js';

/** How much of the business depends on the service, as configured per service. */
export type ServiceCriticality = 'critical' | 'high' | 'medium' | 'low';

export type MatrixImpact = 'Extensive / Widespread' | 'Significant / Large' | 'Moderate / Limited' | 'Minor / Localized';
export type MatrixUrgency = 'Critical' | 'High' | 'Medium' | 'Low';

const IMPACT: Record<ServiceCriticality, MatrixImpact> = {
  critical: 'Extensive / Widespread',
  high: 'Significant / Large',
  medium: 'Moderate / Limited',
  low: 'Minor / Localized',
};

const URGENCY: Record<Severity, MatrixUrgency> = { critical: 'Critical', error: 'High', warning: 'Medium', info: 'Low' };

/**
 * Impact and urgency values for JSM's 4×4 priority matrix. Impact is how many depend on the
 * service (its criticality), urgency how bad the signal is (the alert's severity); keeping the
 * two independent lets the matrix, not this function, decide the priority. A service with no
 * configured criticality is treated as medium rather than guessed high or low.
 *
 * @example
 * severityToMatrix('error', 'critical') // => { impact: 'Extensive / Widespread', urgency: 'High' }
 */
export function severityToMatrix(severity: Severity, criticality: ServiceCriticality | null): { impact: MatrixImpact; urgency: MatrixUrgency } {
  return { impact: IMPACT[criticality ?? 'medium'], urgency: URGENCY[severity] };
}
