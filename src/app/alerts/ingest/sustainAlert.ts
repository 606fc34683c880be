import type { Alert } from '../../../domain/alerts/alert.js';
import { sustained } from '../../../domain/alerts/ingest/sustained.js';
import { deliveryWrite, result, type AlertResult, type Pipeline } from './pipeline.js';

const SIGHTINGS_KEPT = 200;

/**
 * Anti-flapping: with a sustain rule, a new firing alert only opens an incident once it has
 * fired for N minutes or M times. Until then it is recorded as `held`, with its sighting kept.
 * Null when it may go ahead (no rule, or sustained).
 */
export async function sustainAlert(p: Pipeline, alert: Alert): Promise<AlertResult | null> {
  const rule = p.integration.sustain;
  if (rule.forMinutes === undefined && rule.occurrences === undefined) return null;
  const history = await p.deps.alerts.getSightings(p.integration.id, alert.dedupKey);
  const list = [...history, { at: p.now.toISOString(), status: 'firing' as const }].slice(-SIGHTINGS_KEPT);
  const s = sustained(list, rule, p.now);
  if (s.escalate) return null;
  const wants = [rule.forMinutes && `${rule.forMinutes} min`, rule.occurrences && `${rule.occurrences} occurrences`].filter(Boolean).join(' or ');
  const r = result(alert, 'held', `${p.dryRun ? 'would be held' : 'held'}: fired ${s.occurrences} time(s) since ${s.firingSince ?? p.now.toISOString()}, needs ${wants}`);
  if (!p.dryRun) await p.deps.alerts.commit(deliveryWrite(p, 202, r, alert.summary, { sightings: [{ dedupKey: alert.dedupKey, list }] }));
  return r;
}
