import type { Priority } from '../../../src/contracts/common.js';
import type { RequestOf } from '../../../src/contracts/resolverContract.js';
import type { PolicyChoice } from '../../../src/contracts/simulator.js';

/** What the admin fills in: an imagined incident and how its responders behave. */
export interface Scenario {
  projectKey: string;
  service: string | null;
  priority: Priority;
  /** `YYYY-MM-DDTHH:mm`, read as UTC. */
  createdAt: string;
  firstResponseMinutes: number | undefined;
  resolutionMinutes: number | undefined;
  acknowledgeAfterMinutes: number | undefined;
  horizonHours: number;
}

export function newScenario(nowIso: string, projectKey: string): Scenario {
  return { projectKey, service: null, priority: 'P2', createdAt: nowIso.slice(0, 16), firstResponseMinutes: 60, resolutionMinutes: 240,
    acknowledgeAfterMinutes: undefined, horizonHours: 24 };
}

/** The resolver payload for a scenario under a policy choice. */
export function simulateRequest(policy: PolicyChoice, s: Scenario): RequestOf<'simulatePolicy'> {
  const slaGoals = [
    ...(s.firstResponseMinutes ? [{ metric: 'Time to first response', goalMinutes: s.firstResponseMinutes }] : []),
    ...(s.resolutionMinutes ? [{ metric: 'Time to resolution', goalMinutes: s.resolutionMinutes }] : []),
  ];
  return {
    policy,
    incident: { projectKey: s.projectKey, service: s.service, priority: s.priority, createdAt: `${s.createdAt}:00.000Z`, slaGoals },
    acknowledgeAfterMinutes: s.acknowledgeAfterMinutes ?? null,
    horizonHours: s.horizonHours,
  };
}
