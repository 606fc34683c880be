import type { Heartbeat, HeartbeatHealth, HeartbeatState } from '../../../contracts/heartbeat.js';

/**
 * How a heartbeat stands at `now`, for admins: `late` once its interval has passed without a
 * ping (still inside the grace, so nothing fired yet), `missed` once a miss was recorded, or
 * past the deadline before the check that records it ran.
 */
export function heartbeatHealth(h: Pick<Heartbeat, 'enabled' | 'graceMinutes'>, state: HeartbeatState | null, now: Date): HeartbeatHealth {
  if (!h.enabled) return 'disabled';
  if (!state) return 'waiting';
  if (state.status === 'missed') return 'missed';
  const deadline = Date.parse(state.deadlineAt);
  if (now.getTime() >= deadline) return 'missed';
  if (now.getTime() >= deadline - h.graceMinutes * 60_000) return 'late';
  return state.status;
}
