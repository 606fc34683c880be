import type { Heartbeat, HeartbeatState } from '../../../contracts/heartbeat.js';
import { runningDrill } from '../../drills/drill/drillPages.js';
import { endDrill } from '../../drills/drill/endDrill.js';
import type { Deps } from '../../shared/deps.js';
import { sendHeartbeatAlert } from './sendHeartbeatAlert.js';

/**
 * Pings came back after a miss: the incident the miss opened is resolved. A drill is ended as
 * a drill (stood down, resolved with the drill resolution, scored) and its alert record
 * forgotten; a real incident gets the resolved alert through the pipeline, which annotates and
 * resolves it. Returns what was done, for the ping's answer.
 */
export async function resumeHeartbeat(deps: Deps, h: Heartbeat, missed: HeartbeatState, pingAt: Date): Promise<string> {
  const key = missed.incidentKey;
  if (!key) return 'resumed';
  const since = `ping at ${pingAt.toISOString()} after the miss at ${missed.missedAt ?? missed.deadlineAt}`;
  const drill = deps.drills ? await runningDrill(deps, key) : null;
  if (drill) {
    const record = await deps.host.getIncident(key);
    await deps.host.addInternalComment(key, `Heartbeat "${h.name}" resumed: ${since}. The drill ends here.`);
    await endDrill(deps, drill, 'stopped', pingAt.getTime(), `heartbeat:${h.id}`, record?.state ?? null);
    await deps.alerts.closeIncident(key);
    return `resumed; drill ${key} ended`;
  }
  const r = await sendHeartbeatAlert(deps, h, 'resolved', since);
  return r ? `resumed; ${r.reason}` : 'resumed';
}
