import type { HeartbeatState } from '../../../contracts/heartbeat.js';
import type { Deps } from '../../shared/deps.js';

/** Forge's longest queue delay; a longer wait is chained, one check re-arming the next. */
const MAX_DELAY_SECONDS = 900;

/**
 * Makes sure an exact timer will check the heartbeat at its deadline (or re-arm on the way
 * there). A timer already queued that fires before the deadline is enough: it re-arms when it
 * fires. So a job pinging every minute queues one timer per 15 minutes, not one per ping.
 * Returns the state with the timer it relies on.
 */
export async function armHeartbeatTimer(deps: Pick<Deps, 'queue'>, state: HeartbeatState, nowMs: number): Promise<HeartbeatState> {
  const deadline = Date.parse(state.deadlineAt);
  const queued = state.timerDueAt === null ? null : Date.parse(state.timerDueAt);
  if (queued !== null && queued > nowMs && queued <= deadline) return state;
  const delay = Math.max(1, Math.min(MAX_DELAY_SECONDS, Math.ceil((deadline - nowMs) / 1000)));
  const dueAt = nowMs + delay * 1000;
  await deps.queue.scheduleHeartbeatCheck(state.id, delay, dueAt);
  return { ...state, timerDueAt: new Date(dueAt).toISOString() };
}
