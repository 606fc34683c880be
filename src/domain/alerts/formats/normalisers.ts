import type { SourceFormat } from '../alert.js';
import { alertmanager } from './alertmanager.js';
import { cloudwatchSns } from './cloudwatchSns.js';
import { datadog } from './datadog.js';
import { elasticSecurity } from './elasticSecurity.js';
import { grafana } from './grafana.js';
import type { Normaliser } from './normaliser.js';
import { pagerDutyEvent } from './pagerDutyEvent.js';
import { splunk } from './splunk.js';

/**
 * Every supported format's normaliser. Adding a format is one entry in `SOURCE_FORMATS`, one
 * file and its tests; the Record type makes a missing entry a compile error.
 *
 * @example
 * normalisers[integration.format](body, { integration: integration.name, service: integration.service, receivedAt })
 */
export const normalisers: Readonly<Record<SourceFormat, Normaliser>> = {
  alertmanager,
  grafana,
  datadog,
  'cloudwatch-sns': cloudwatchSns,
  splunk,
  'pagerduty-events-v2': pagerDutyEvent,
  'elastic-security': elasticSecurity,
};
