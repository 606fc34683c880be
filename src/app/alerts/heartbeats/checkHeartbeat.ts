import type { Heartbeat, HeartbeatState } from '../../../contracts/heartbeat.js';
import type { Deps } from '../../shared/deps.js';
import { armHeartbeatTimer } from './armHeartbeatTimer.js';
import { resumeHeartbeat } from './resumeHeartbeat.js';
import { sendHeartbeatAlert } from './sendHeartbeatAlert.js';

/** Long enough that a deadline's claim outlives every retry and sweep that could see it again. */
const MISS_CLAIM_TTL_SECONDS = 7 * 24 * 3600;

export type HeartbeatCheck =
  | { id: string; outcome: 'notDue' | 'alreadyMissed' | 'disabled' | 'gone' | 'claimedElsewhere' }
  | { id: string; outcome: 'missed'; incidentKey: string | null; reason: string };

/**
 * Checks one heartbeat's deadline: from its exact timer, or from the sweep as a safety net.
 * Before the deadline it only makes sure a timer is queued. Past it, the deadline is claimed
 * first-writer-wins (one claim per deadline), so two invocations seeing the same miss open one
 * incident between them; the winner sends the firing alert through the integration's pipeline.
 * A ping that landed while the incident was being opened resolves it again at once.
 */
export async function checkHeartbeat(deps: Deps, id: string): Promise<HeartbeatCheck> {
  const store = deps.heartbeats;
  const h = store ? await store.getHeartbeat(id) : null;
  if (!store || !h) return { id, outcome: 'gone' };
  if (!h.enabled) return { id, outcome: 'disabled' };
  const state = await store.getState(id);
  if (!state) return { id, outcome: 'gone' };
  if (state.status === 'missed') return { id, outcome: 'alreadyMissed' };
  const now = deps.clock.now();
  const deadline = Date.parse(state.deadlineAt);
  if (now < deadline) {
    const armed = await armHeartbeatTimer(deps, state, now);
    if (armed !== state) await store.saveState(armed);
    return { id, outcome: 'notDue' };
  }
  const claim = `heartbeat-miss:${id}:${deadline}`;
  if (!(await deps.store.useOnce(claim, MISS_CLAIM_TTL_SECONDS))) return { id, outcome: 'claimedElsewhere' };
  let reason: string;
  let incidentKey: string | null;
  try {
    const r = await sendHeartbeatAlert(deps, h, 'firing', missDetail(h, state));
    reason = r?.reason ?? `integration "${h.integrationId}" is missing or disabled, so no incident could be opened`;
    incidentKey = r?.incidentKey ?? null;
  } catch (e) {
    // Nothing was opened: let the timer's retry (or the next sweep) claim this deadline again.
    await deps.store.forgetUse(claim).catch(() => undefined);
    throw e;
  }
  const latest = (await store.getState(id)) ?? state;
  const missed: HeartbeatState = {
    ...latest, status: 'missed', missedAt: state.deadlineAt, incidentKey, lastIncidentKey: incidentKey ?? latest.lastIncidentKey, timerDueAt: null,
  };
  if (latest.deadlineAt !== state.deadlineAt && latest.lastPingAt) {
    // A ping arrived after the deadline but before this miss was recorded: it counts as resumed.
    await resumeHeartbeat(deps, h, missed, new Date(latest.lastPingAt));
    await store.saveState({ ...latest, incidentKey: null, lastIncidentKey: missed.lastIncidentKey, missedAt: null });
  } else {
    await store.saveState(missed);
  }
  return { id, outcome: 'missed', incidentKey, reason };
}

function missDetail(h: Heartbeat, s: HeartbeatState): string {
  const every = `expected every ${h.intervalMinutes} min with ${h.graceMinutes} min grace`;
  return s.lastPingAt ? `no ping since ${s.lastPingAt} (${every})` : `no ping since it was set up (${every})`;
}
