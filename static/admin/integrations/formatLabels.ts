import type { AuthKind, SourceFormatName } from '../../../src/contracts/integration.js';

/** How each source format is named to admins. */
export const FORMAT_LABELS: Readonly<Record<SourceFormatName, string>> = {
  alertmanager: 'Prometheus Alertmanager',
  grafana: 'Grafana alerting',
  datadog: 'Datadog',
  'cloudwatch-sns': 'CloudWatch via SNS',
  splunk: 'Splunk',
  'pagerduty-events-v2': 'Events v2 (PagerDuty-style)',
  'elastic-security': 'Elastic Security (Kibana webhook)',
};

/** How each authentication scheme is named to admins. */
export const AUTH_LABELS: Readonly<Record<AuthKind, string>> = {
  bearer: 'Bearer token (Authorization header)',
  basic: 'Basic authentication (user and password)',
  hmac: 'App HMAC signature (your own sender)',
  'grafana-hmac': 'Grafana HMAC signature',
  'url-token': 'Token in the URL',
  'routing-key': 'Routing key in the body',
  sns: 'SNS URL token + verified signature',
};
