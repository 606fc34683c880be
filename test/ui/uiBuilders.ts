import type { EscalationConfig } from '../../src/contracts/config.js';
import type { Policy } from '../../src/contracts/policy.js';
import type { PolicySummary } from '../../src/contracts/resolvers.js';

export function aPolicy(overrides: Partial<Policy> = {}): Policy {
  return {
    id: 'major', name: 'Major incidents', enabled: true, rank: 10,
    scope: { projects: ['ITOPS'], requestTypes: [], services: [] },
    triggers: [{ id: 'ttr-75', type: 'slaPercent', metric: 'Time to resolution', percent: 75 }],
    paths: {
      technical: { levels: [{ targets: [{ type: 'group', groupName: 'sre' }], backups: [], delayMinutes: 0, ackTimeoutMinutes: 15, repeat: 0, actions: [] }] },
      managerial: { levels: [] },
      executive: { levels: [] },
    },
    pathRules: [], defaultPath: 'technical', reviewIntervalMonths: 3,
    ...overrides,
  };
}

export function aSummary(policy: Policy, version = 1): PolicySummary {
  return { policy, version, author: 'alice', savedAt: '2026-11-01T09:00:00.000Z', reason: 'first', reviewDueAt: '2027-02-01T09:00:00.000Z', reviewOverdue: false };
}

export function aConfig(overrides: Partial<EscalationConfig> = {}): EscalationConfig {
  const rule = { priorityFloor: null, thresholdFactor: 1 };
  return {
    matrix: { impacts: ['High', 'Low'], urgencies: ['High', 'Low'], cells: [['P1', 'P2'], ['P3', 'P4']] },
    jiraPriorityMapping: [{ jiraPriority: 'Highest', priority: 'P1' }, { jiraPriority: 'Lowest', priority: 'P5' }],
    criticalityRules: { 'mission-critical': rule, 'business-critical': rule, standard: rule, legacy: rule },
    services: [], calendars: [], exceptions: [], slaMetrics: ['Time to first response', 'Time to resolution'], routing: { weights: {}, skills: [] },
    ...overrides,
  };
}
