import type { IntegrationInput } from '../../src/contracts/integration.js';

/**
 * One demo integration per source format, all on ITOPS and the demo services. Each kind of
 * authentication appears at least once: bearer (Alertmanager, Grafana, Datadog, Events v2),
 * HMAC (Splunk) and the SNS URL token (CloudWatch).
 */
export const DEMO_INTEGRATIONS: readonly IntegrationInput[] = [
  { id: 'prometheus', name: 'Prometheus Alertmanager', format: 'alertmanager', service: 'Payments', serviceLabel: 'service', projectKey: 'ITOPS', auth: 'bearer' },
  { id: 'grafana', name: 'Grafana alerting', format: 'grafana', service: 'Email', projectKey: 'ITOPS', auth: 'bearer' },
  { id: 'datadog', name: 'Datadog', format: 'datadog', service: 'Intranet', projectKey: 'ITOPS', auth: 'bearer' },
  { id: 'cloudwatch', name: 'CloudWatch alarms (SNS)', format: 'cloudwatch-sns', service: 'Payments', projectKey: 'ITOPS', auth: 'sns' },
  { id: 'splunk', name: 'Splunk', format: 'splunk', service: 'Mainframe billing', projectKey: 'ITOPS', auth: 'hmac' },
  { id: 'events-v2', name: 'Generic events (PagerDuty Events v2)', format: 'pagerduty-events-v2', service: 'Email', projectKey: 'ITOPS', auth: 'bearer' },
];
