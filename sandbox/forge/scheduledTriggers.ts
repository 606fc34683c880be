import type { ScheduledTriggerDecl } from './manifest.js';
import type { VirtualClock } from './virtualClock.js';

export const INTERVAL_MS: Record<ScheduledTriggerDecl['interval'], number> = {
  fiveMinute: 5 * 60_000,
  hour: 60 * 60_000,
  day: 24 * 60 * 60_000,
  week: 7 * 24 * 60 * 60_000,
};

/**
 * Fires each scheduled trigger every `interval` of virtual time, first one interval after start
 * (the platform gives no earlier guarantee). Returns a stop function.
 */
export function startScheduledTriggers(
  clock: VirtualClock,
  triggers: ScheduledTriggerDecl[],
  fire: (trigger: ScheduledTriggerDecl) => Promise<unknown>,
): () => void {
  const timers = new Map<string, number>();
  const arm = (trigger: ScheduledTriggerDecl, at: number) => {
    timers.set(
      trigger.key,
      clock.schedule(at, () => {
        arm(trigger, at + INTERVAL_MS[trigger.interval]);
        return fire(trigger);
      }),
    );
  };
  for (const t of triggers) {
    if (!INTERVAL_MS[t.interval]) throw new Error(`Scheduled trigger '${t.key}' has unknown interval '${t.interval}'`);
    arm(t, clock.now() + INTERVAL_MS[t.interval]);
  }
  return () => {
    for (const id of timers.values()) clock.cancel(id);
    timers.clear();
  };
}
