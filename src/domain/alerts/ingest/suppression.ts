import type { Alert } from '../alert.js';
import { inWeeklyWindow, type WeeklyWindow } from './weeklyWindow.js';

export type MaintenanceWindow =
  | { id: string; service: string; kind: 'one-off'; start: string; end: string }
  | ({ id: string; service: string; kind: 'weekly' } & WeeklyWindow);

/** During these hours only critical alerts page; the rest wait. `services` null means every service. */
export interface PeakHoursRule extends WeeklyWindow {
  id: string;
  services: string[] | null;
}

export type Suppression =
  | { suppressed: false }
  | { suppressed: true; by: 'maintenance'; ruleId: string; reason: string }
  | { suppressed: true; by: 'peak-hours'; ruleId: string; reason: string };

/**
 * Whether an alert should be held back from creating or notifying an incident, and by which
 * rule, so the caller records it instead of silently dropping it. Resolved alerts are never
 * suppressed: they must still close incidents opened before a window began. Maintenance is
 * checked first because it is the more specific, deliberate decision.
 *
 * @example
 * suppression(alert, [{ id: 'mw-1', service: 'api', kind: 'one-off', start: '2026-05-01T22:00:00Z', end: '2026-05-02T00:00:00Z' }], [], new Date('2026-05-01T23:00:00Z'))
 * // => { suppressed: true, by: 'maintenance', ruleId: 'mw-1', reason: 'api is in maintenance window mw-1' } when alert.service is 'api'
 */
export function suppression(
  alert: Pick<Alert, 'status' | 'service' | 'severity'>,
  windows: readonly MaintenanceWindow[],
  peakRules: readonly PeakHoursRule[],
  now: Date,
): Suppression {
  if (alert.status !== 'firing') return { suppressed: false };
  const service = alert.service;
  if (service !== null) {
    const window = windows.find((w) => w.service === service && inMaintenance(w, now));
    if (window) return { suppressed: true, by: 'maintenance', ruleId: window.id, reason: `${service} is in maintenance window ${window.id}` };
  }
  if (alert.severity === 'critical') return { suppressed: false };
  const peak = peakRules.find((r) => (r.services === null || (service !== null && r.services.includes(service))) && inWeeklyWindow(r, now));
  if (peak) return { suppressed: true, by: 'peak-hours', ruleId: peak.id, reason: `${alert.severity} alert held during peak hours (${peak.id})` };
  return { suppressed: false };
}

function inMaintenance(w: MaintenanceWindow, now: Date): boolean {
  if (w.kind === 'weekly') return inWeeklyWindow(w, now);
  const t = now.getTime();
  return t >= Date.parse(w.start) && t < Date.parse(w.end);
}
