import { heartbeatDedupKey, type Heartbeat } from '../../../contracts/heartbeat.js';
import type { Alert } from '../alert.js';

/**
 * The alert a heartbeat sends into its integration's pipeline: firing when a deadline passed
 * without a ping, resolved when pings resume. Both carry the heartbeat's dedup key, so the
 * pipeline's dedup ties the resolution to the incident the miss opened.
 *
 * @example heartbeatAlert(backup, { id: 'events-v2', service: 'Email' }, 'firing', at, 'no ping since 02:00').summary
 * // => 'Heartbeat "Nightly backup job" missed: no ping since 02:00'
 */
export function heartbeatAlert(h: Heartbeat, integration: { id: string; service: string | null }, status: 'firing' | 'resolved', at: Date, detail: string): Alert {
  const summary = status === 'firing' ? `Heartbeat "${h.name}" missed: ${detail}` : `Heartbeat "${h.name}" resumed: ${detail}`;
  return {
    source: 'heartbeat', integration: integration.id, dedupKey: heartbeatDedupKey(h.id), status, severity: h.severity,
    summary, service: h.service ?? integration.service, host: null,
    labels: { heartbeat: h.id, intervalMinutes: String(h.intervalMinutes), graceMinutes: String(h.graceMinutes), ...(h.drill ? { drill: 'true' } : {}) },
    links: [], receivedAt: at.toISOString(),
    rawExcerpt: JSON.stringify({ heartbeat: h.id, status, at: at.toISOString() }),
  };
}
