import { datadog, parseTags } from '../../../../src/domain/alerts/formats/datadog.js';
import { fingerprint } from '../../../../src/domain/alerts/ingest/fingerprint.js';
import { aContext } from '../context.js';

// A webhook body built from Datadog's documented template variables ($ID, $EVENT_TITLE, …).
function aWebhook(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: '7391834710283746512',
    alert_id: '123456',
    title: '[Triggered on {host:web-4}] High CPU on web',
    alert_transition: 'Triggered',
    alert_type: 'error',
    priority: 'P2',
    hostname: 'web-4',
    tags: 'env:prod,service:storefront,team:web,role',
    link: 'https://app.datadoghq.com/event/event?id=7391834710283746512',
    aggregate: 'b4f7c2a19e0d',
    date: '1777629600000',
    org: { id: '1', name: 'Example' },
    body: '%%%\nCPU above 90%\n%%%',
    ...overrides,
  };
}

describe('datadog', () => {
  it('maps a triggered monitor', () => {
    expect(datadog(aWebhook(), aContext())).toMatchObject({
      ok: true,
      alerts: [
        {
          source: 'datadog',
          dedupKey: 'b4f7c2a19e0d',
          status: 'firing',
          severity: 'error',
          summary: '[Triggered on {host:web-4}] High CPU on web',
          service: 'storefront',
          host: 'web-4',
          labels: { env: 'prod', service: 'storefront', team: 'web', role: '' },
          links: [{ title: 'Datadog', url: 'https://app.datadoghq.com/event/event?id=7391834710283746512' }],
        },
      ],
    });
  });

  test.each([
    ['Triggered', 'P1', undefined, 'firing', 'critical'],
    ['Re-Triggered', 'P3', undefined, 'firing', 'warning'],
    ['Recovered', 'P2', undefined, 'resolved', 'error'],
    ['Warn', '', undefined, 'firing', 'warning'],
    ['No Data', 'normal', undefined, 'firing', 'warning'],
    ['Triggered', '', 'error', 'firing', 'error'],
    ['Renotify', 'P5', undefined, 'firing', 'info'],
  ])('transition %s with priority "%s" (type %s) is %s / %s', (transition, priority, alertType, status, severity) => {
    const result = datadog(aWebhook({ alert_transition: transition, priority, alert_type: alertType }), aContext());
    expect(result).toMatchObject({ ok: true, alerts: [{ status, severity }] });
  });

  it('keys on the monitor id, then on the title without its transition prefix and host, when no aggregate key is sent', () => {
    const byId = datadog(aWebhook({ aggregate: '' }), aContext());
    expect(byId).toMatchObject({ ok: true, alerts: [{ dedupKey: '123456' }] });
    const triggered = datadog(aWebhook({ aggregate: '', alert_id: undefined }), aContext());
    const recovered = datadog(aWebhook({ aggregate: '', alert_id: undefined, title: '[Recovered] High CPU on web' }), aContext());
    const expected = fingerprint({ title: 'High CPU on web', host: 'web-4' });
    expect(triggered).toMatchObject({ ok: true, alerts: [{ dedupKey: expected }] });
    expect(recovered).toMatchObject({ ok: true, alerts: [{ dedupKey: expected }] });
  });

  it('uses the integration service and no host or link when Datadog substitutes empty strings', () => {
    const result = datadog(aWebhook({ tags: '', hostname: '', link: '' }), aContext());
    expect(result).toMatchObject({ ok: true, alerts: [{ service: 'checkout', host: null, links: [], labels: {} }] });
  });

  describe('the default template (body, last_updated, event_type, title, date, org, id)', () => {
    const byDefault = (title: string, id = '7312459876543210987') => ({ body: 'CPU is high', last_updated: '1795770000000', event_type: 'query_alert_monitor', title, date: '1795770000000', org: { id: '1', name: 'Example' }, id });
    test.each([
      ['[Triggered] CPU high', 'firing', 'error'],
      ['[Re-Triggered] CPU high', 'firing', 'error'],
      ['[Warn] CPU high', 'firing', 'warning'],
      ['[No Data] CPU high', 'firing', 'warning'],
      ['[Recovered] CPU high', 'resolved', 'error'],
      ['[P1] [Triggered on {host:web-1}] CPU high', 'firing', 'critical'],
    ])('reads %s as %s at %s', (title, status, severity) => {
      expect(datadog(byDefault(title), aContext())).toMatchObject({ ok: true, alerts: [{ status, severity, labels: { event_type: 'query_alert_monitor', org: 'Example' } }] });
    });
    it('keys every notification of one monitor alike, never by the event id', () => {
      const keys = ['[Triggered] CPU high', '[Re-Triggered] CPU high', '[Recovered] CPU high'].map((t, i) => {
        const r = datadog(byDefault(t, String(i)), aContext());
        return r.ok ? r.alerts[0]!.dedupKey : null;
      });
      expect(new Set(keys).size).toBe(1);
      expect(keys[0]).toMatch(/^fp1:/);
    });
    it('prefers $AGGREG_KEY as aggreg_key when a custom template sends it', () => {
      expect(datadog({ ...byDefault('[Triggered] x'), aggreg_key: 'grp-1' }, aContext())).toMatchObject({ ok: true, alerts: [{ dedupKey: 'grp-1' }] });
    });
  });

  test.each([
    ['an unknown transition', { alert_transition: 'Exploded' }, 'alert_transition'],
    ['neither a transition nor a title prefix', { alert_transition: undefined, title: 'CPU high' }, 'title'],
    ['an empty title', { title: '' }, 'title'],
    ['a tags array instead of the comma list', { tags: ['env:prod'] }, 'tags'],
  ])('refuses %s and names the field', (_name, overrides, field) => {
    const bad = datadog(aWebhook(overrides), aContext());
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toEqual([field]);
  });
});

describe('parseTags', () => {
  test.each([
    ['env:prod,service:api', { env: 'prod', service: 'api' }],
    [' env:prod , canary ', { env: 'prod', canary: '' }],
    ['url:http://x:80', { url: 'http://x:80' }],
    ['', {}],
  ])('parses "%s"', (tags, expected) => {
    expect(parseTags(tags)).toEqual(expected);
  });
});
