import { alertmanager } from '../../../../src/domain/alerts/formats/alertmanager.js';
import { fingerprint } from '../../../../src/domain/alerts/ingest/fingerprint.js';
import { aContext } from '../context.js';

// Shape of Alertmanager's documented webhook_config body, version 4.
function aWebhook(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    version: '4',
    groupKey: '{}:{alertname="HighErrorRate"}',
    truncatedAlerts: 0,
    status: 'firing',
    receiver: 'jira-escalation',
    groupLabels: { alertname: 'HighErrorRate' },
    commonLabels: { alertname: 'HighErrorRate', job: 'payments' },
    commonAnnotations: {},
    externalURL: 'http://alertmanager.internal:9093',
    alerts: [
      {
        status: 'firing',
        labels: { alertname: 'HighErrorRate', job: 'payments', instance: 'pay-1:9100', severity: 'critical', service: 'payments' },
        annotations: { summary: 'Error rate above 5%', runbook_url: 'https://runbooks.example/high-error-rate' },
        startsAt: '2026-05-01T09:58:00Z',
        endsAt: '0001-01-01T00:00:00Z',
        generatorURL: 'http://prometheus.internal:9090/graph?g0.expr=rate',
        fingerprint: '7c1f2b3a4d5e6f70',
      },
      {
        status: 'resolved',
        labels: { alertname: 'HighErrorRate', job: 'payments', instance: 'pay-2:9100' },
        annotations: { description: 'Error rate back to normal' },
        startsAt: '2026-05-01T09:40:00Z',
        endsAt: '2026-05-01T09:59:00Z',
        generatorURL: '',
      },
    ],
    ...overrides,
  };
}

describe('alertmanager', () => {
  const result = alertmanager(aWebhook(), aContext());
  if (!result.ok) throw new Error('fixture must parse');
  const [firing, resolved] = result.alerts;

  it('yields one alert per grouped alert, each with its own status', () => {
    expect(result.alerts.map((a) => a.status)).toEqual(['firing', 'resolved']);
  });

  it('maps the first alert fully', () => {
    expect(firing).toEqual({
      source: 'alertmanager',
      integration: 'prod-monitoring',
      dedupKey: '7c1f2b3a4d5e6f70',
      status: 'firing',
      severity: 'critical',
      summary: 'Error rate above 5%',
      service: 'payments',
      host: 'pay-1:9100',
      labels: { alertname: 'HighErrorRate', job: 'payments', instance: 'pay-1:9100', severity: 'critical', service: 'payments' },
      links: [
        { title: 'Source', url: 'http://prometheus.internal:9090/graph?g0.expr=rate' },
        { title: 'Runbook', url: 'https://runbooks.example/high-error-rate' },
      ],
      receivedAt: '2026-05-01T10:00:00.000Z',
      rawExcerpt: JSON.stringify(aWebhook()),
    });
  });

  it('falls back to a fingerprint of the sorted labels, the description, the integration service, warning and no empty link', () => {
    expect(resolved).toMatchObject({
      dedupKey: fingerprint({ instance: 'pay-2:9100', job: 'payments', alertname: 'HighErrorRate' }),
      summary: 'Error rate back to normal',
      service: 'checkout',
      severity: 'warning',
      links: [],
    });
  });

  test.each([
    ['a version other than 4', { version: '3' }, 'version'],
    ['an unknown alert status', { alerts: [{ status: 'pending', labels: {} }] }, 'alerts[0].status'],
    ['a non-string label', { alerts: [{ status: 'firing', labels: { code: 500 } }] }, 'alerts[0].labels.code'],
    ['no alerts array', { alerts: undefined }, 'alerts'],
  ])('refuses %s and names the field', (_name, overrides, field) => {
    const bad = alertmanager(aWebhook(overrides), aContext());
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toContain(field);
  });

  it('refuses a body that is not an object', () => {
    expect(alertmanager('nope', aContext())).toMatchObject({ ok: false, errors: [{ field: '(root)' }] });
  });
});
