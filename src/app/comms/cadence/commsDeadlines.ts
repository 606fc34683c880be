import type { EscalationState } from '../../../contracts/escalationState.js';
import type { Deps } from '../../shared/deps.js';
import { chaseBridgeOwners } from '../bridge/chaseBridgeOwners.js';
import { incidentCommsSettings } from '../state/incidentCommsSettings.js';
import { readIncidentComms, writeIncidentComms } from '../state/incidentCommsRecord.js';
import { loadSettings } from '../../policies/loadSettings.js';
import { bridgeMayOpen } from '../bridge/openBridge.js';
import { nextUpdateDue } from '../../../domain/comms/cadence/nextUpdateDue.js';
import { remindOverdueUpdate } from './remindOverdueUpdate.js';

/**
 * Runs the communications deadlines of a live escalation: bridge joins (follow up, then
 * escalate) and the stakeholder update cadence (remind the lead, then the manager level).
 * Returns the next instant one of them falls due, so the caller's timer covers it; null when
 * none is pending. Nothing runs once the escalation is over (resolved or stood down).
 */
export async function commsDeadlines(deps: Deps, incidentKey: string, state: EscalationState): Promise<number | null> {
  if (state.status !== 'active' && state.status !== 'acknowledged') return null;
  const settings = await loadSettings(deps.store);
  const cs = incidentCommsSettings(settings.config);
  // The sweep evaluates hundreds of incidents: read the property only when a bridge may be open
  // or an update may be overdue. Updates count from the escalation's start at the earliest, so
  // until one cadence has passed since then nothing can be due, whatever the property says.
  const firstDue = state.since && state.priority ? nextUpdateDue(new Date(state.since), state.priority, cs.cadence) : null;
  const cadenceMayBeDue = firstDue !== null && firstDue.getTime() <= deps.clock.now();
  if (!bridgeMayOpen(cs.bridge, state.priority) && !cadenceMayBeDue) return firstDue?.getTime() ?? null;
  const comms = await readIncidentComms(deps.host, incidentKey);
  const policy = settings.policies.find((p) => p.policy.id === state.policyId)?.policy ?? null;
  let next = comms;
  const due: number[] = [];
  if (comms.bridge && comms.bridge.episode === state.episode) {
    const chased = await chaseBridgeOwners(deps, incidentKey, state, comms.bridge, cs.bridge, policy);
    next = { ...next, bridge: chased.bridge };
    if (chased.nextAt !== null) due.push(chased.nextAt);
  }
  const cadence = await remindOverdueUpdate(deps, incidentKey, state, next, cs.cadence, policy);
  next = { ...next, reminders: cadence.reminders };
  if (cadence.nextAt !== null) due.push(cadence.nextAt);
  await writeIncidentComms(deps.host, incidentKey, comms, next);
  return due.length ? Math.min(...due) : null;
}
