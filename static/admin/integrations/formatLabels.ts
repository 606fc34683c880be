import type { SourceFormatName } from '../../../src/contracts/integration.js';

/** How each source format is named to admins. */
export const FORMAT_LABELS: Readonly<Record<SourceFormatName, string>> = {
  alertmanager: 'Prometheus Alertmanager',
  grafana: 'Grafana alerting',
  datadog: 'Datadog',
  'cloudwatch-sns': 'CloudWatch via SNS',
  splunk: 'Splunk',
  'pagerduty-events-v2': 'Events v2 (PagerDuty-style)',
};
