import type { Alert, AlertLink, AlertStatus, SourceFormat } from '../alert.js';
import { fingerprint } from '../ingest/fingerprint.js';
import type { NormaliseContext } from './normaliser.js';
import { severityFromText } from './severityFromText.js';

/** A Prometheus-style alert as both Alertmanager and Grafana send it. */
export interface LabelledAlertInput {
  status: AlertStatus;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  fingerprint: string | undefined;
  links: AlertLink[];
}

/**
 * Maps a labelled alert onto the domain {@link Alert}. Unknown or missing `severity` labels
 * default to `warning`: a rule author who wanted a page would have said so.
 *
 * @example
 * labelledAlert('alertmanager', { status: 'firing', labels: { alertname: 'Down' }, annotations: {}, fingerprint: 'ab12', links: [] }, ctx, '{}').dedupKey // => 'ab12'
 */
export function labelledAlert(source: SourceFormat, input: LabelledAlertInput, ctx: NormaliseContext, excerpt: string): Alert {
  const { labels, annotations } = input;
  const runbook = annotations['runbook_url'];
  return {
    source,
    integration: ctx.integration,
    // Sorted-label fingerprint when the sender gives none: labels are the alert's identity.
    dedupKey: nonEmpty(input.fingerprint) ?? fingerprint(labels),
    status: input.status,
    severity: severityFromText(labels['severity']) ?? 'warning',
    summary: nonEmpty(annotations['summary']) ?? nonEmpty(annotations['description']) ?? labels['alertname'] ?? 'Alert',
    service: nonEmpty(labels['service']) ?? ctx.service,
    host: nonEmpty(labels['instance']) ?? nonEmpty(labels['host']) ?? null,
    labels,
    links: runbook ? [...input.links, { title: 'Runbook', url: runbook }] : input.links,
    receivedAt: ctx.receivedAt,
    rawExcerpt: excerpt,
  };
}

export function nonEmpty(s: string | null | undefined): string | null {
  return s === undefined || s === null || s.trim() === '' ? null : s;
}
