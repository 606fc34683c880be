import { defaultJiraPriorityMapping, type EscalationConfig } from '../../contracts/config.js';
import { jsm4x4 } from '../priority/defaultMatrices.js';

/**
 * What a new installation starts with: JSM's own impact and urgency values, criticality floors
 * that keep mission-critical incidents at P2 or above and halve their thresholds, and JSM's
 * two standard SLA metrics, and Jira's default priority scheme mapped Highest → P1 … Lowest → P5.
 */
export const defaultConfig: EscalationConfig = {
  matrix: jsm4x4,
  jiraPriorityMapping: defaultJiraPriorityMapping,
  criticalityRules: {
    'mission-critical': { priorityFloor: 'P2', thresholdFactor: 0.5 },
    'business-critical': { priorityFloor: 'P3', thresholdFactor: 0.75 },
    standard: { priorityFloor: null, thresholdFactor: 1 },
    legacy: { priorityFloor: null, thresholdFactor: 1 },
  },
  services: [],
  calendars: [],
  exceptions: [],
  slaMetrics: ['Time to first response', 'Time to resolution'],
  routing: { weights: {}, skills: [] },
};
