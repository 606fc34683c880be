import type { AlertSettings } from '../../../src/contracts/integration.js';

type Window = AlertSettings['maintenanceWindows'][number];
type Peak = AlertSettings['peakHours'][number];

/** A weekly Sunday-night window, the most common kind, for the admin to adjust. */
export function newWindow(n: number): Window {
  return { id: `window-${n}`, service: '', kind: 'weekly', timeZone: 'UTC', days: [7], start: '02:00', end: '04:00' };
}

/** A one-off window of the same id and service, for when the admin switches the kind. */
export function oneOffOf(w: Window, nowIso: string): Window {
  const end = new Date(Date.parse(nowIso) + 2 * 3_600_000).toISOString();
  return { id: w.id, service: w.service, kind: 'one-off', start: nowIso, end };
}

export function weeklyOf(w: Window): Window {
  return { id: w.id, service: w.service, kind: 'weekly', timeZone: 'UTC', days: [7], start: '02:00', end: '04:00' };
}

/** Weekday office hours, every service. */
export function newPeakHours(n: number): Peak {
  return { id: `peak-${n}`, services: null, timeZone: 'UTC', days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };
}
