import type { Alert } from '../alert.js';

/** What the store remembers about the open incident for one dedup key. */
export interface OpenDedupRecord {
  incidentKey: string;
  /** Alerts received for this key, including the one that opened the incident. */
  count: number;
  lastSeenAt: string;
  /** When the last rolled-up "repeated N times" comment was posted; absent if never. */
  lastCommentAt?: string | null;
}

export type DedupDecision =
  | { kind: 'create' }
  | { kind: 'repeat'; incidentKey: string; count: number; lastSeenAt: string; commentDue: boolean }
  | { kind: 'resolve'; incidentKey: string; count: number }
  | { kind: 'ignore'; reason: string };

/**
 * Decides what one alert does to the incident open for its dedup key. A repeat bumps the count
 * every time, but the rolled-up comment is only due once `debounceSeconds` have passed since the
 * last one (or since the incident's last sighting, if none has been posted), so a noisy source
 * cannot flood the issue with comments. A resolve with nothing open is reported, not dropped.
 *
 * @example
 * dedupDecision({ incidentKey: 'OPS-7', count: 3, lastSeenAt: '2026-05-01T10:00:00Z' }, firingAlert, new Date('2026-05-01T10:10:00Z'), 300)
 * // => { kind: 'repeat', incidentKey: 'OPS-7', count: 4, lastSeenAt: '2026-05-01T10:10:00.000Z', commentDue: true }
 */
export function dedupDecision(existing: OpenDedupRecord | null, alert: Pick<Alert, 'status'>, now: Date, debounceSeconds: number): DedupDecision {
  if (existing === null) {
    return alert.status === 'firing' ? { kind: 'create' } : { kind: 'ignore', reason: 'Resolved alert with no open incident for its dedup key' };
  }
  if (alert.status === 'resolved') return { kind: 'resolve', incidentKey: existing.incidentKey, count: existing.count };
  const since = Date.parse(existing.lastCommentAt ?? existing.lastSeenAt);
  // An unreadable stored time must not silence comments forever, so it counts as due.
  const commentDue = Number.isNaN(since) || now.getTime() - since >= debounceSeconds * 1000;
  return { kind: 'repeat', incidentKey: existing.incidentKey, count: existing.count + 1, lastSeenAt: now.toISOString(), commentDue };
}
