import type { FaultSpec } from '../sandbox/server/faultInjector.js';
import { CHAOS_HOSTS } from './chaosPolicy.js';
import { rng, type Rng } from './prng.js';

/** Minutes of virtual time during which faults may be injected; recovery follows. */
export const CHAOS_MINUTES = 40;

export interface IncidentPlan { at: number; summary: string }
export interface AlertPlan { at: number; alertname: string; repeats: number }
export interface AckPlan { at: number; incident: number; users: string[]; escalateToo: boolean; standDownToo: boolean }
export interface SweepPlan { at: number; copies: number }
export interface FaultPlan { at: number; until: number; spec: FaultSpec; label: string }
export interface TamperPlan { at: number; incident: number; kind: 'forgedAck' | 'malformed' | 'deleted' }

/** One randomised, seeded run: who does what when, and what breaks meanwhile. */
export interface Scenario {
  seed: number;
  incidents: IncidentPlan[];
  alerts: AlertPlan[];
  acks: AckPlan[];
  sweeps: SweepPlan[];
  faults: FaultPlan[];
  tampers: TamperPlan[];
}

const ACKERS = ['sandbox-agent-ana', 'sandbox-lead-lena', 'sandbox-manager-maya'];

function egressFaults(r: Rng): NonNullable<FaultSpec['egress']> {
  const status = r.pick([500, 502, 503, 429]);
  return [
    { host: CHAOS_HOSTS.slack, count: r.int(1, 4), status, ...(status === 429 ? { retryAfterSeconds: r.int(1, 90) } : {}) },
    { host: CHAOS_HOSTS.teams, count: r.int(1, 4), networkError: true as const },
    { host: CHAOS_HOSTS.sms, count: r.int(1, 4), status: r.pick([500, 503]) },
  ].filter(() => r.chance(0.7));
}

function faultSpec(r: Rng): { spec: FaultSpec; label: string } {
  switch (r.int(0, 9)) {
    case 9: return { spec: { queue: { share: r.pick([0.5, 1]), duplicate: r.chance(0.7), lateSeconds: r.pick([0, 30, 120, 600]) } }, label: 'queue-duplicate-late' };
    case 7: return { spec: { jira: { status: 504, share: r.pick([0.25, 0.5, 1]), afterEffect: true } }, label: 'jira-after-effect' };
    case 8: return { spec: { egress: egressFaults(r) }, label: 'egress' };
    case 0: return { spec: { jira: { status: 429, share: r.pick([0.3, 0.5, 1]), retryAfterSeconds: r.int(1, 120) } }, label: 'jira-429' };
    case 1: return { spec: { jira: { status: r.pick([500, 502, 503]), share: r.pick([0.25, 0.5, 1]) } }, label: 'jira-5xx' };
    case 2: return { spec: { jira: { status: 504, share: 0.5 }, latencyMs: r.int(1, 15) }, label: 'jira-timeout+latency' };
    case 3: return { spec: { kvs: { share: r.pick([0.1, 0.25, 0.5]), status: 500, code: 'INTERNAL_SERVER_ERROR' } }, label: 'kvs-5xx' };
    case 4: return { spec: { kvs: { share: r.pick([0.1, 0.2]), status: 409, code: 'CONFLICT' } }, label: 'kvs-conflict' };
    case 5: return { spec: { kill: { afterCalls: r.int(0, 25), count: r.int(1, 4) } }, label: 'kill' };
    default: return { spec: { kill: { afterCalls: r.int(0, 12), count: r.int(1, 3), functionKey: r.pick(['sweep', 'timer', 'issueEvent', 'resolver', 'alertIngest']) } }, label: 'kill-function' };
  }
}

/**
 * Builds the scenario for `seed`. Everything the run does is here, so the seed alone reproduces
 * it (the sandbox's own fault sharing is even, not random, and its clock is virtual).
 */
export function scenario(seed: number, options: { tamper: boolean } = { tamper: true }): Scenario {
  const r = rng(seed);
  const incidents = Array.from({ length: r.int(2, 5) }, (_, i) => ({ at: r.int(0, 20), summary: `Chaos ${seed}-${i}: checkout errors` }));
  const alerts = Array.from({ length: r.int(0, 2) }, (_, i) => ({ at: r.int(0, 25), alertname: `ChaosAlert${seed}x${i}`, repeats: r.int(1, 3) }));
  const acks: AckPlan[] = [];
  for (let i = 0; i < incidents.length; i++) {
    if (!r.chance(0.45)) continue;
    const users = ACKERS.filter(() => r.chance(0.6));
    acks.push({ at: incidents[i]!.at + r.int(6, 30), incident: i, users: users.length ? users : [r.pick(ACKERS)], escalateToo: r.chance(0.3), standDownToo: r.chance(0.15) });
  }
  const sweeps = Array.from({ length: r.int(0, 4) }, () => ({ at: r.int(0, CHAOS_MINUTES), copies: r.int(2, 3) }));
  const faults: FaultPlan[] = [];
  let t = r.int(0, 5);
  while (t < CHAOS_MINUTES) {
    const until = Math.min(CHAOS_MINUTES, t + r.int(3, 15));
    faults.push({ at: t, until, ...faultSpec(r) });
    t = until + r.int(0, 8);
  }
  const tampers: TamperPlan[] = [];
  if (options.tamper && r.chance(0.35)) tampers.push({ at: r.int(8, 30), incident: r.int(0, incidents.length - 1), kind: r.pick(['forgedAck', 'malformed', 'deleted'] as const) });
  return { seed, incidents, alerts, acks, sweeps, faults, tampers };
}
