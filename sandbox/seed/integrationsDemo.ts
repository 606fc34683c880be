import type { IntegrationInput } from '../../src/contracts/integration.js';

/**
 * One demo integration per source format, all on ITOPS and the demo services, each with the
 * scheme its tool sends as it ships: bearer (Alertmanager, Datadog's custom header), Grafana's
 * own HMAC, Splunk's URL token, the Events v2 routing key, SNS's URL token plus signature, and
 * Basic (Kibana's Webhook connector).
 */
export const DEMO_INTEGRATIONS: readonly IntegrationInput[] = [
  { id: 'prometheus', name: 'Prometheus Alertmanager', format: 'alertmanager', service: 'Payments', serviceLabel: 'service', projectKey: 'ITOPS', auth: 'bearer' },
  { id: 'grafana', name: 'Grafana alerting', format: 'grafana', service: 'Email', projectKey: 'ITOPS', auth: 'grafana-hmac' },
  { id: 'datadog', name: 'Datadog', format: 'datadog', service: 'Intranet', projectKey: 'ITOPS', auth: 'bearer' },
  { id: 'cloudwatch', name: 'CloudWatch alarms (SNS)', format: 'cloudwatch-sns', service: 'Payments', projectKey: 'ITOPS', auth: 'sns' },
  { id: 'splunk', name: 'Splunk', format: 'splunk', service: 'Mainframe billing', projectKey: 'ITOPS', auth: 'url-token' },
  { id: 'events-v2', name: 'Generic events (PagerDuty Events v2)', format: 'pagerduty-events-v2', service: 'Email', projectKey: 'ITOPS', auth: 'routing-key' },
  // Detection rules fire per host: group a burst on one service, or the same rule anywhere, into one incident.
  {
    id: 'elastic', name: 'Elastic Security (Kibana webhook)', format: 'elastic-security', service: 'Intranet', projectKey: 'ITOPS', auth: 'basic',
    correlation: [{ id: 'burst-15m', kind: 'same-service', withinMinutes: 15 }, { id: 'same-rule', kind: 'same-labels', keys: ['alertname'] }],
  },
];
