import type { Severity } from '../alert.js';
import type { Alert } from '../alert.js';
import { severityToMatrix, type ServiceCriticality } from './severityToMatrix.js';

/** What the service's configuration adds to an incident. */
export interface ServiceFacts {
  criticality: ServiceCriticality | null;
  ownerAccountId: string | null;
  runbookUrl: string | null;
}

/** The incident an alert opens; the same shape as the IncidentHost's `NewIncident`. */
export interface AlertIncident {
  projectKey: string;
  requestType: string | null;
  summary: string;
  description: string;
  service: string | null;
  labels: string[];
  impact: string;
  urgency: string;
}

const SUMMARY_MAX = 240;
const SEVERITY_WORD: Record<Severity, string> = { critical: 'CRITICAL', error: 'ERROR', warning: 'WARNING', info: 'INFO' };

/**
 * The enriched incident for an alert, complete before the first escalation looks at it: host,
 * labels (metric names and values as the sender gave them), links from the payload, the
 * service's owner and runbook from configuration, and impact/urgency so the priority matrix
 * sets the priority. Labelled `alert-<integration>` so alert-born incidents can be found.
 *
 * @example
 * alertIncident(alert, { id: 'am-prod', projectKey: 'ITOPS' }, { criticality: 'critical', ownerAccountId: null, runbookUrl: null }).urgency // => 'Critical' for a critical alert
 */
export function alertIncident(alert: Alert, integration: { id: string; projectKey: string }, service: ServiceFacts): AlertIncident {
  const { impact, urgency } = severityToMatrix(alert.severity, service.criticality);
  const summary = `[${SEVERITY_WORD[alert.severity]}] ${alert.summary}`;
  return {
    projectKey: integration.projectKey,
    requestType: null,
    summary: summary.length > SUMMARY_MAX ? `${summary.slice(0, SUMMARY_MAX - 1)}…` : summary,
    description: alertDescription(alert, service),
    service: alert.service,
    labels: [`alert-${integration.id}`],
    impact,
    urgency,
  };
}

/** Plain text; the Jira adapter turns it into a document. Links are listed as `title: url`. */
export function alertDescription(alert: Alert, service: ServiceFacts): string {
  const lines = [
    alert.summary,
    '',
    `Source: ${alert.source} (integration ${alert.integration})`,
    `Severity: ${alert.severity}`,
    `Service: ${alert.service ?? 'not named by the alert'}`,
    `Host: ${alert.host ?? 'not named by the alert'}`,
    `Dedup key: ${alert.dedupKey}`,
    `Received: ${alert.receivedAt}`,
  ];
  if (service.ownerAccountId) lines.push(`Service owner: ${service.ownerAccountId}`);
  const links = [...alert.links];
  if (service.runbookUrl && !links.some((l) => l.url === service.runbookUrl)) links.push({ title: 'Service runbook', url: service.runbookUrl });
  if (links.length) lines.push('', 'Links:', ...links.map((l) => `- ${l.title}: ${l.url}`));
  const labels = Object.entries(alert.labels);
  if (labels.length) lines.push('', 'Labels and values:', ...labels.map(([k, v]) => `- ${k}: ${v}`));
  lines.push('', 'Payload excerpt:', alert.rawExcerpt);
  return lines.join('\n');
}

/** The rolled-up comment a repeating alert keeps updating instead of adding one per repeat. */
export function rolledUpComment(dedupKey: string, count: number, firstAt: string, lastAt: string): string {
  return `Alert ${dedupKey} has fired ${count} times (first ${firstAt}, last ${lastAt}). Repeats are counted here instead of adding a comment each.`;
}
