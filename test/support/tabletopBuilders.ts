import type { Engagement, Handoff } from '../../src/contracts/coordination.js';
import { emptyCoordination, type CoordinationRecord } from '../../src/contracts/coordination.js';
import { TabletopScenarioSchema, type Inject, type TabletopScenario, type TabletopScenarioInput } from '../../src/contracts/tabletop.js';
import { T0 } from './builders.js';

const at = (min: number) => new Date(T0 + min * 60_000).toISOString();

export const anInject = (overrides: Partial<Inject> = {}): Inject => ({ id: 'first-alert', atMinute: 0, kind: 'alert', to: 'liaison', text: 'Card authorisations failing in the EU', ...overrides });

/** A Payments outage touching network and identity, engaging application, network and security. */
export function aTabletopScenario(overrides: Partial<TabletopScenarioInput> = {}): TabletopScenario {
  return TabletopScenarioSchema.parse({
    id: 'payments-outage', name: 'Payments multi-domain outage', policyId: 'default', priority: 'P1',
    services: ['Payments', 'Core network'], teams: ['application', 'network', 'security'],
    injects: [
      anInject(),
      anInject({ id: 'dns-alert', atMinute: 10, kind: 'dependencyAlert', text: 'Resolver latency alarms on Core network' }),
      anInject({ id: 'exec-question', atMinute: 20, kind: 'stakeholderQuestion', to: 'commander', text: 'The CFO asks when card payments will be back' }),
    ],
    timeLimitMinutes: 60,
    ...overrides,
  });
}

/** An engagement `min` minutes after T0 with a `ola`-minute acknowledgement OLA. */
export function anEngagement(teamId: string, min: number, ola: number, overrides: Partial<Engagement> = {}): Engagement {
  return {
    teamId, teamName: teamId, protocolId: 'payments-joint', step: 1, state: 'engaged', engagedAt: at(min), engagedBy: 'protocol Payments joint',
    paged: [], liaisons: [], why: '', olaDueAt: at(min + ola), acknowledgedAt: null, acknowledgedBy: null, breachedAt: null, releasedAt: null, ...overrides,
  };
}

export function aHandoff(overrides: Partial<Handoff> = {}): Handoff {
  return {
    id: 'h1', fromTeamId: 'application', toTeamId: 'finance', known: 'k', tried: 't', needed: 'n', receiver: null, requestedBy: 'app-ana',
    requestedAt: at(10), state: 'requested', stage: 'receiver', askedNow: [], dueAt: at(40), history: [], decidedAt: null, decidedBy: null,
    declineReason: null, olaBreachedAt: null, ...overrides,
  };
}

export const aCoordination = (engagements: Engagement[], handoffs: Handoff[] = []): CoordinationRecord => ({ ...emptyCoordination('ITOPS-9'), engagements, handoffs });
export const minutesAfterT0 = at;
