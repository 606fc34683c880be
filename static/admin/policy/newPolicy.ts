import type { Policy } from '../../../src/contracts/policy.js';

/** A starting point for a new policy: one SLA trigger and one technical level, so the form is never blank. */
export function newPolicy(): Policy {
  return {
    id: '',
    name: '',
    enabled: true,
    rank: 100,
    scope: { projects: [], requestTypes: [], services: [] },
    triggers: [{ id: 'ttr-75', type: 'slaPercent', metric: 'Time to resolution', percent: 75 }],
    paths: {
      technical: { levels: [{ targets: [], backups: [], delayMinutes: 0, ackTimeoutMinutes: 15, repeat: 0, actions: [] }] },
      managerial: { levels: [] },
      executive: { levels: [] },
    },
    pathRules: [],
    defaultPath: 'technical',
    reviewIntervalMonths: 3,
  };
}
