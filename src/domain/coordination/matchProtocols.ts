import type { Priority } from '../../contracts/common.js';
import type { Protocol } from '../../contracts/protocol.js';
import type { Team } from '../../contracts/team.js';
import type { Incident } from '../incident/incident.js';
import { dependenciesOf } from './serviceDependencies.js';

export interface ProtocolMatch {
  protocol: Protocol;
  why: string;
}

/**
 * The enabled protocols an incident matches, each with why. A protocol on Payments with
 * `includeDependencies` also matches an incident on a service Payments depends on: a core
 * network outage is a payments outage too.
 */
export function matchProtocols(protocols: readonly Protocol[], incident: Incident, priority: Priority, teams: readonly Team[]): ProtocolMatch[] {
  const out: ProtocolMatch[] = [];
  for (const p of protocols) {
    if (!p.enabled) continue;
    if (p.when.priorities.length && !p.when.priorities.includes(priority)) continue;
    const why = reason(p, incident, teams);
    if (why) out.push({ protocol: p, why: p.when.priorities.length ? `${why}, at ${priority}` : why });
  }
  return out;
}

function reason(p: Protocol, incident: Incident, teams: readonly Team[]): string | null {
  const service = incident.service;
  if (service !== null) {
    if (p.when.services.includes(service)) return `service ${service}`;
    if (p.when.includeDependencies) {
      const dependent = p.when.services.find((s) => dependenciesOf(s, teams).has(service));
      if (dependent) return `service ${service}, which ${dependent} depends on`;
    }
  }
  const label = p.when.labels.find((l) => incident.labels.includes(l));
  if (label) return `label ${label}`;
  const component = p.when.components.find((c) => incident.components.includes(c));
  if (component) return `component ${component}`;
  return null;
}
