import type { SourceFormat } from '../alert.js';

/**
 * A small firing alert in each vendor's documented shape, for "Send test alert" when the admin
 * pastes no payload. The dedup key is fixed per format so repeated tests preview a repeat.
 *
 * @example
 * samplePayload('pagerduty-events-v2', 'Payments', new Date('2026-11-27T09:00:00Z'))
 * // => { routing_key: 'test', event_action: 'trigger', dedup_key: 'jsm-escalation-test', payload: { ... } }
 */
export function samplePayload(format: SourceFormat, service: string | null, now: Date): Record<string, unknown> {
  const at = now.toISOString();
  const labels = { alertname: 'JsmEscalationTest', severity: 'warning', ...(service ? { service } : {}) };
  const annotations = { summary: 'Test alert from the escalation app' };
  switch (format) {
    case 'alertmanager':
      return { version: '4', status: 'firing', receiver: 'test', groupKey: 'test', alerts: [{ status: 'firing', labels, annotations, startsAt: at, fingerprint: 'jsm-escalation-test' }] };
    case 'grafana':
      return { receiver: 'test', status: 'firing', orgId: 1, alerts: [{ status: 'firing', labels, annotations, startsAt: at, fingerprint: 'jsm-escalation-test' }] };
    case 'datadog':
      return { id: '1', alert_id: '1', title: '[Triggered] Test alert from the escalation app', alert_transition: 'Triggered', priority: 'P3', aggregate: 'jsm-escalation-test', tags: service ? `service:${service}` : '' };
    case 'cloudwatch-sns':
      return {
        Type: 'Notification', TopicArn: 'arn:aws:sns:eu-west-1:123456789012:test',
        Message: JSON.stringify({ AlarmName: 'jsm-escalation-test', NewStateValue: 'ALARM', NewStateReason: 'Test alert from the escalation app', AWSAccountId: '123456789012' }),
      };
    case 'splunk':
      return { result: { ...(service ? { service } : {}), severity: 'medium' }, sid: 'jsm-escalation-test', search_name: 'Test alert from the escalation app', app: 'search', owner: 'admin' };
    case 'elastic-security':
      return {
        rule: { id: 'jsm-escalation-test', name: 'Test alert from the escalation app', severity: 'medium', risk_score: '47', tags: service ? `service:${service}` : '' },
        alerts_count: '1', results_link: '', date: at, alerts: [{ id: 'test-1', host: 'test-host', user: '', reason: 'test' }, {}],
      };
    case 'pagerduty-events-v2':
      return { routing_key: 'test', event_action: 'trigger', dedup_key: 'jsm-escalation-test', payload: { summary: 'Test alert from the escalation app', source: 'jsm-escalation', severity: 'warning', timestamp: at } };
  }
}
