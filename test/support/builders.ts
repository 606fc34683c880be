import { defaultJiraPriorityMapping, type EscalationConfig } from '../../src/contracts/config.js';
import { initialEscalationState, type EscalationState } from '../../src/contracts/escalationState.js';
import { PolicySchema, type Policy, type PolicyInput } from '../../src/contracts/policy.js';
import type { Incident, SlaClock } from '../../src/domain/incident/incident.js';
import { jsm4x4 } from '../../src/domain/priority/defaultMatrices.js';

export const T0 = Date.parse('2026-11-27T09:00:00.000Z');
export const min = (n: number) => n * 60_000;
export const at = (minutesAfterT0: number) => T0 + min(minutesAfterT0);

export function aConfig(overrides: Partial<EscalationConfig> = {}): EscalationConfig {
  return {
    matrix: jsm4x4,
    jiraPriorityMapping: defaultJiraPriorityMapping,
    criticalityRules: {
      'mission-critical': { priorityFloor: 'P2', thresholdFactor: 0.5 },
      'business-critical': { priorityFloor: 'P3', thresholdFactor: 0.75 },
      standard: { priorityFloor: null, thresholdFactor: 1 },
      legacy: { priorityFloor: null, thresholdFactor: 1 },
    },
    services: [
      { name: 'Payments', criticality: 'mission-critical' },
      { name: 'Email', criticality: 'business-critical' },
      { name: 'Intranet', criticality: 'standard' },
      { name: 'Mainframe billing', criticality: 'legacy' },
    ],
    calendars: [
      { id: 'london-office', name: 'London office hours', timeZone: 'Europe/London', holidays: ['2026-12-25'],
        week: { '1': [{ start: '09:00', end: '17:00' }], '2': [{ start: '09:00', end: '17:00' }], '3': [{ start: '09:00', end: '17:00' }],
          '4': [{ start: '09:00', end: '17:00' }], '5': [{ start: '09:00', end: '17:00' }] } },
    ],
    exceptions: [],
    slaMetrics: ['Time to first response', 'Time to resolution'],
    routing: { weights: {}, skills: [] },
    ...overrides,
  };
}

const level = (accountId: string, extra: Partial<PolicyInput['paths']['technical']['levels'][number]> = {}) => ({
  targets: [{ type: 'user' as const, accountId }],
  delayMinutes: 30,
  ackTimeoutMinutes: 15,
  repeat: 0,
  actions: [],
  ...extra,
});

export function aPolicyInput(overrides: Partial<PolicyInput> = {}): PolicyInput {
  return {
    id: 'default',
    name: 'Default incident policy',
    scope: { projects: ['ITOPS'] },
    triggers: [{ id: 'ttr-75', type: 'slaPercent', metric: 'Time to resolution', percent: 75 }],
    paths: {
      technical: { levels: [
        level('agent-ana', { delayMinutes: 0, actions: [{ kind: 'assign' }, { kind: 'addLabel', label: 'escalated' }] }),
        level('lead-lee'),
        level('manager-max'),
      ] },
      managerial: { levels: [level('manager-max', { delayMinutes: 0 }), level('director-dee')] },
      executive: { levels: [level('director-dee', { delayMinutes: 0 }), level('cio-cat')] },
    },
    pathRules: [{ when: { priorities: ['P1'] }, path: 'executive' }, { when: { priorities: ['P2'] }, path: 'managerial' }],
    defaultPath: 'technical',
    ...overrides,
  };
}

export const aPolicy = (overrides: Partial<PolicyInput> = {}): Policy => PolicySchema.parse(aPolicyInput(overrides));

export function anSla(overrides: Partial<SlaClock> = {}): SlaClock {
  return { metric: 'Time to resolution', goalMs: min(240), elapsedMs: 0, remainingMs: min(240), breached: false, paused: false, completed: false, ...overrides };
}

/** SLA `elapsed` minutes into a `goal`-minute clock. */
export const slaAt = (elapsed: number, goal = 240, metric = 'Time to resolution'): SlaClock =>
  anSla({ metric, goalMs: min(goal), elapsedMs: min(elapsed), remainingMs: min(goal - elapsed), breached: elapsed > goal });

export function anIncident(overrides: Partial<Incident> = {}): Incident {
  return {
    key: 'ITOPS-1',
    projectKey: 'ITOPS',
    requestType: 'Report an incident',
    service: 'Intranet',
    components: ['Intranet'],
    labels: [],
    impact: 'Moderate / Limited',
    urgency: 'Medium',
    statusCategory: 'new',
    created: new Date(T0).toISOString(),
    updated: new Date(T0).toISOString(),
    assigneeAccountId: null,
    unassignedSince: new Date(T0).toISOString(),
    slas: [slaAt(0)],
    ...overrides,
  };
}

export const aState = (overrides: Partial<EscalationState> = {}): EscalationState => ({ ...initialEscalationState, ...overrides });
