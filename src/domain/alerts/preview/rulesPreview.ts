import { addMinutes, differenceInMinutes } from 'date-fns';
import { correlate, type CorrelationRule, type OpenGroup } from '../ingest/correlate.js';
import { sustained, type AlertSighting, type SustainRule } from '../ingest/sustained.js';

/** One made-up alert of the preview, at `minute` after the first. */
export interface SampleAlert {
  minute: number;
  summary: string;
  service: string | null;
  labels: Record<string, string>;
}

export interface CorrelationPreviewRow extends SampleAlert {
  /** 1-based number of the incident the alert opens or joins, in arrival order. */
  incident: number;
  /** The rule that made it join an earlier alert's incident; null when it opens its own. */
  joinedBy: string | null;
}

/**
 * Six alerts an admin can reason about: the same check on two hosts of one service minutes
 * apart, a different check on that service, the same check on another service, and a repeat of
 * the first alert's check forty minutes later. Together they tell apart "same service within N
 * minutes", "same labels" and "identical label set".
 */
export function sampleAlerts(service: string, otherService: string): SampleAlert[] {
  return [
    { minute: 0, summary: 'High latency on web-1', service, labels: { alertname: 'HighLatency', env: 'prod', instance: 'web-1' } },
    { minute: 2, summary: 'High latency on web-2', service, labels: { alertname: 'HighLatency', env: 'prod', instance: 'web-2' } },
    { minute: 4, summary: 'Error rate above 5% on web-1', service, labels: { alertname: 'HighErrorRate', env: 'prod', instance: 'web-1' } },
    { minute: 6, summary: `High latency on ${otherService}`, service: otherService, labels: { alertname: 'HighLatency', env: 'prod', instance: 'db-1' } },
    { minute: 10, summary: 'High latency on web-1 (staging)', service, labels: { alertname: 'HighLatency', env: 'staging', instance: 'web-1' } },
    { minute: 45, summary: 'High latency on web-1 again', service, labels: { alertname: 'HighLatency', env: 'prod', instance: 'web-1' } },
  ];
}

/**
 * Which of `samples` the rules would group into one incident, with the app's own `correlate`
 * run alert by alert in arrival order, as ingestion would. Every incident stays open for the
 * whole preview.
 *
 * @example
 * previewCorrelation(sampleAlerts('api', 'db'), [{ id: 'svc', kind: 'same-service', withinMinutes: 15 }], new Date('2026-01-01T00:00:00Z'))
 * // => the five api alerts before minute 45 in incident 1, db in incident 2, minute 45 in incident 3
 */
export function previewCorrelation(samples: readonly SampleAlert[], rules: readonly CorrelationRule[], start: Date): CorrelationPreviewRow[] {
  const groups: OpenGroup[] = [];
  return [...samples].sort((a, b) => a.minute - b.minute).map((s) => {
    const at = addMinutes(start, s.minute);
    const c = correlate({ status: 'firing', service: s.service, labels: s.labels }, groups, rules, at);
    if (c.kind === 'join') {
      const g = groups.find((x) => x.groupKey === c.groupKey)!;
      g.lastAlertAt = at.toISOString();
      return { ...s, incident: Number(c.incidentKey), joinedBy: c.ruleId };
    }
    const n = groups.length + 1;
    groups.push({ groupKey: `g${n}`, incidentKey: String(n), service: s.service, labels: s.labels, lastAlertAt: at.toISOString() });
    return { ...s, incident: n, joinedBy: null };
  });
}

export interface SustainPreview {
  /** How often the simulated sender repeats a firing alert. */
  everyMinutes: number;
  /** Minutes after the first sighting when it would page; 0 means at once. */
  pagesAfterMinutes: number;
  because: 'no-rule' | 'duration' | 'occurrences';
  occurrences: number;
}

/**
 * When an alert that a tool repeats every `everyMinutes` (Alertmanager's `repeat_interval`
 * style) while it fires would first page under `rule`, by the app's own `sustained`.
 * Searches up to a day, which is the longest rule the schema allows.
 */
export function previewSustain(rule: SustainRule, everyMinutes: number, start: Date): SustainPreview {
  const history: AlertSighting[] = [];
  for (let minute = 0; minute <= 1440; minute += everyMinutes) {
    const at = addMinutes(start, minute);
    history.push({ at: at.toISOString(), status: 'firing' });
    const s = sustained(history, rule, at);
    if (s.escalate) return { everyMinutes, pagesAfterMinutes: differenceInMinutes(at, start), because: s.because, occurrences: s.occurrences };
  }
  // Unreachable within the schema's limits; a day is the answer a reader would expect.
  return { everyMinutes, pagesAfterMinutes: 1440, because: 'duration', occurrences: history.length };
}
