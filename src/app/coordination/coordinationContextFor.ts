import type { Incident } from '../../domain/incident/incident.js';
import type { CoordinationContext } from '../../domain/coordination/coordinationContext.js';
import { readIncidentComms } from '../comms/state/incidentCommsRecord.js';
import { incidentCommsSettings } from '../comms/state/incidentCommsSettings.js';
import type { Settings } from '../policies/loadSettings.js';
import type { Deps } from '../shared/deps.js';

/**
 * What coordination reads for one incident now. The shared bridge is the one the escalation
 * opened; before it opens, the line configured for the service (or the global one), so the
 * teams' pages still say where to meet.
 */
export async function coordinationContextFor(deps: Pick<Deps, 'host' | 'clock'>, incident: Incident, settings: Settings): Promise<CoordinationContext> {
  const comms = await readIncidentComms(deps.host, incident.key).catch(() => null);
  const lines = incidentCommsSettings(settings.config).bridge;
  const line = comms?.bridge?.details ?? (incident.service !== null ? lines.services[incident.service] : undefined) ?? lines.global ?? null;
  return {
    incidentKey: incident.key,
    teams: settings.teams,
    schedules: settings.schedules,
    calendars: new Map(settings.config.calendars.map((c) => [c.id, c])),
    bridge: line ? `${line.url}${line.dialIn ? ` (dial-in ${line.dialIn})` : ''}` : null,
    customerSlaBreached: incident.slas.some((s) => s.breached),
    now: deps.clock.now(),
  };
}
