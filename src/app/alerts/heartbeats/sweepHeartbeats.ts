import type { Deps } from '../../shared/deps.js';
import { checkHeartbeat, type HeartbeatCheck } from './checkHeartbeat.js';

export interface HeartbeatSweep {
  checked: number;
  missed: HeartbeatCheck[];
  failed: Array<{ id: string; error: string }>;
}

/**
 * The safety net behind the exact timers: every enabled heartbeat's deadline is checked (a
 * lost or late timer is caught here, and a heartbeat without a queued timer gets one). One
 * heartbeat that fails is reported and never stops the others.
 */
export async function sweepHeartbeats(deps: Deps): Promise<HeartbeatSweep> {
  const out: HeartbeatSweep = { checked: 0, missed: [], failed: [] };
  if (!deps.heartbeats) return out;
  for (const h of await deps.heartbeats.listHeartbeats()) {
    if (!h.enabled) continue;
    out.checked += 1;
    try {
      const r = await checkHeartbeat(deps, h.id);
      if (r.outcome === 'missed') out.missed.push(r);
    } catch (e) {
      out.failed.push({ id: h.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
