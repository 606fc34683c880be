import { fingerprint } from '../../../../src/domain/alerts/ingest/fingerprint.js';
import { grafana } from '../../../../src/domain/alerts/formats/grafana.js';
import { aContext } from '../context.js';

// Shape of Grafana unified alerting's documented webhook contact point body.
function aWebhook(alerts: unknown[]): Record<string, unknown> {
  return {
    receiver: 'jira',
    status: 'firing',
    orgId: 1,
    alerts,
    groupLabels: { alertname: 'DiskFull' },
    commonLabels: { alertname: 'DiskFull' },
    commonAnnotations: {},
    externalURL: 'https://grafana.example/',
    version: '1',
    groupKey: '{}/{}:{alertname="DiskFull"}',
    truncatedAlerts: 0,
    title: '[FIRING:1] DiskFull',
    state: 'alerting',
    message: '**Firing**',
  };
}

const diskFull = {
  status: 'firing',
  labels: { alertname: 'DiskFull', grafana_folder: 'Infra', host: 'db-3', severity: 'error' },
  annotations: { summary: 'Disk /var is 95% full' },
  startsAt: '2026-05-01T09:55:00Z',
  endsAt: '0001-01-01T00:00:00Z',
  generatorURL: 'https://grafana.example/alerting/grafana/abc/view',
  fingerprint: 'a1b2c3d4e5f60718',
  silenceURL: 'https://grafana.example/alerting/silence/new?matcher=alertname%3DDiskFull',
  dashboardURL: 'https://grafana.example/d/disk',
  panelURL: 'https://grafana.example/d/disk?viewPanel=2',
  values: { B: 95 },
  valueString: "[ var='B' value=95 ]",
};

describe('grafana', () => {
  it('maps an alert with its rule, dashboard, panel and silence links', () => {
    const result = grafana(aWebhook([diskFull]), aContext());
    expect(result).toMatchObject({
      ok: true,
      alerts: [
        {
          source: 'grafana',
          dedupKey: 'a1b2c3d4e5f60718',
          status: 'firing',
          severity: 'error',
          summary: 'Disk /var is 95% full',
          service: 'checkout',
          host: 'db-3',
          links: [
            { title: 'Alert rule', url: diskFull.generatorURL },
            { title: 'Dashboard', url: diskFull.dashboardURL },
            { title: 'Panel', url: diskFull.panelURL },
            { title: 'Silence', url: diskFull.silenceURL },
          ],
        },
      ],
    });
  });

  it('drops the empty URLs Grafana sends for rules without a dashboard, and fingerprints labels when none is given', () => {
    const noDashboard = { ...diskFull, dashboardURL: '', panelURL: '', fingerprint: undefined, status: 'resolved' };
    const result = grafana(aWebhook([noDashboard]), aContext());
    if (!result.ok) throw new Error('must parse');
    expect(result.alerts[0]?.links.map((l) => l.title)).toEqual(['Alert rule', 'Silence']);
    expect(result.alerts[0]?.dedupKey).toBe(fingerprint(diskFull.labels));
    expect(result.alerts[0]?.status).toBe('resolved');
  });

  test.each([
    ['a missing status', { ...aWebhook([diskFull]), status: undefined }, 'status'],
    ['an alert without labels', aWebhook([{ status: 'firing' }]), 'alerts[0].labels'],
    ['a numeric annotation', aWebhook([{ ...diskFull, annotations: { summary: 1 } }]), 'alerts[0].annotations.summary'],
  ])('refuses %s and names the field', (_name, body, field) => {
    const bad = grafana(body, aContext());
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toEqual([field]);
  });
});
