import type { Target } from '../../contracts/policy.js';
import type { EngineContext } from '../escalation/engineContext.js';
import { whoIsOnCall } from '../oncall/whoIsOnCall.js';

/** Who one schedule target of a level named at one instant, and why. */
export interface OnCallResolution {
  scheduleId: string;
  scheduleName: string | null;
  accountId: string | null;
  /** `override`, `layer`, `nobody` (a gap) or `missing` (no such schedule). */
  source: 'override' | 'layer' | 'nobody' | 'missing';
  /** Layer name, override id, or why nobody. */
  detail: string;
  /** Until when this answer holds (the shift's or override's end); null when nobody. */
  until: number | null;
  /** The zone the person's shift is kept in: the rotation's, or the schedule's for overrides. */
  timeZone: string | null;
}

/**
 * Resolves the schedule targets among `targets` at `at` with the same `whoIsOnCall` the engine
 * uses, keeping the answer's structure (the engine keeps only words) so the simulator can
 * show it and the backtest can read each person's time zone.
 */
export function onCallResolution(targets: readonly Target[], ctx: EngineContext, at: number): OnCallResolution[] {
  const out: OnCallResolution[] = [];
  for (const t of targets) {
    if (t.type !== 'schedule') continue;
    const s = ctx.schedules.get(t.scheduleId);
    if (!s) {
      out.push({ scheduleId: t.scheduleId, scheduleName: null, accountId: null, source: 'missing', detail: 'no such schedule', until: null, timeZone: null });
      continue;
    }
    const a = whoIsOnCall(s, new Date(at));
    if (!a.onCall) {
      out.push({ scheduleId: s.id, scheduleName: s.name, accountId: null, source: 'nobody', detail: 'nobody on call', until: null, timeZone: s.timeZone });
      continue;
    }
    const layer = a.source.kind === 'layer' ? s.layers[a.source.layerIndex] : undefined;
    out.push({
      scheduleId: s.id, scheduleName: s.name, accountId: a.accountId, source: a.source.kind,
      detail: a.source.kind === 'override'
        ? `override ${a.source.overrideId}${a.source.replaces ? ` replacing ${a.source.replaces}` : ''}`
        : `layer "${a.source.layerName}", shift ${a.source.shiftIndex + 1}`,
      until: a.end.getTime(), timeZone: layer?.rotation.timeZone ?? s.timeZone,
    });
  }
  return out;
}
