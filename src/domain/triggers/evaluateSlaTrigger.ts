import type { Trigger } from '../../contracts/trigger.js';
import type { Incident } from '../incident/incident.js';
import { formatMs } from './formatMinutes.js';
import type { TriggerOutcome } from './triggerOutcome.js';

type SlaTrigger = Extract<Trigger, { type: 'slaPercent' | 'slaRemaining' | 'slaBreached' }>;

/**
 * SLA triggers read the clock JSM computed. `factor` (≤ 1) tightens the threshold: a
 * mission-critical factor of 0.5 turns "75% elapsed" into "37.5% elapsed" and
 * "30m remaining" into "1h remaining".
 */
export function evaluateSlaTrigger(t: SlaTrigger, incident: Incident, now: number, factor: number): TriggerOutcome {
  const sla = incident.slas.find((s) => s.metric === t.metric);
  // Spreading a shared `base` into results with closures took V8 off its fast object-literal
  // path (about 100× slower); plain literals keep triggers cheap.
  const triggerId = t.id;
  if (!sla) return { triggerId, fired: false, firesAt: null, detail: () => `no "${t.metric}" SLA on this incident` };
  if (sla.completed && !sla.breached) return { triggerId, fired: false, firesAt: null, detail: () => `"${t.metric}" is already met` };
  // A paused clock does not move, so we cannot say when it will cross the threshold.
  const running = !sla.paused && !sla.completed;
  const eta = (msUntil: number) => (running ? now + Math.max(0, msUntil) : null);

  switch (t.type) {
    case 'slaBreached': {
      const breached = sla.breached || sla.remainingMs <= 0;
      return { triggerId, fired: breached, firesAt: breached ? now : eta(sla.remainingMs), detail: () => breached
        ? `"${t.metric}" is breached`
        : `"${t.metric}" has ${formatMs(sla.remainingMs)} left before breach` };
    }
    case 'slaPercent': {
      const percent = t.percent * factor;
      const thresholdMs = (percent / 100) * sla.goalMs;
      const elapsedPct = sla.goalMs > 0 ? (sla.elapsedMs / sla.goalMs) * 100 : 100;
      const fired = sla.elapsedMs >= thresholdMs;
      return { triggerId, fired, firesAt: fired ? now : eta(thresholdMs - sla.elapsedMs), detail: () =>
        `"${t.metric}" is ${elapsedPct.toFixed(1)}% elapsed (${formatMs(sla.elapsedMs)} of ${formatMs(sla.goalMs)}); threshold ${round(percent)}%${tightened(factor)}` };
    }
    case 'slaRemaining': {
      const thresholdMs = (t.remainingMinutes * 60_000) / factor;
      const fired = sla.remainingMs <= thresholdMs;
      return { triggerId, fired, firesAt: fired ? now : eta(sla.remainingMs - thresholdMs), detail: () =>
        `"${t.metric}" has ${formatMs(sla.remainingMs)} left; threshold ${formatMs(thresholdMs)} left${tightened(factor)}` };
    }
  }
}

function round(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(1);
}

export function tightened(factor: number): string {
  return factor < 1 ? ` (tightened ×${factor} by service criticality)` : '';
}
