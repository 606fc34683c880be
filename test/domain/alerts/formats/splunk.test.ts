import { fingerprint } from '../../../../src/domain/alerts/ingest/fingerprint.js';
import { splunk } from '../../../../src/domain/alerts/formats/splunk.js';
import { aContext } from '../context.js';

// The body of Splunk's documented webhook alert action: first result row plus search identity.
function aWebhook(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    result: { host: 'auth-2', sourcetype: 'linux_secure', count: 57, user: ['root', 'admin'], _time: '1777629540' },
    sid: 'scheduler__admin__search__RMD5a1b2c3_at_1777629600_42',
    search_name: 'Brute force logins',
    app: 'search',
    owner: 'admin',
    results_link: 'https://splunk.example:8000/app/search/@go?sid=scheduler__admin__search__RMD5a1b2c3_at_1777629600_42',
    ...overrides,
  };
}

describe('splunk', () => {
  it('maps an alert action, keeping single-valued result fields as labels', () => {
    expect(splunk(aWebhook(), aContext())).toMatchObject({
      ok: true,
      alerts: [
        {
          source: 'splunk',
          dedupKey: fingerprint({ app: 'search', search_name: 'Brute force logins', host: 'auth-2' }),
          status: 'firing',
          severity: 'error',
          summary: 'Brute force logins',
          service: 'checkout',
          host: 'auth-2',
          labels: { host: 'auth-2', sourcetype: 'linux_secure', count: '57', _time: '1777629540', app: 'search', owner: 'admin', search_name: 'Brute force logins' },
          links: [{ title: 'Search results', url: aWebhook()['results_link'] }],
        },
      ],
    });
  });

  it('gives the next scheduled run of the same search the same dedup key despite a new sid', () => {
    const first = splunk(aWebhook(), aContext());
    const next = splunk(aWebhook({ sid: 'scheduler__admin__search__RMD5a1b2c3_at_1777629900_43' }), aContext());
    if (!first.ok || !next.ok) throw new Error('must parse');
    expect(next.alerts[0]?.dedupKey).toBe(first.alerts[0]?.dedupKey);
  });

  test.each([
    [{ severity: 'critical' }, 'critical'],
    [{ urgency: 'low' }, 'info'],
    [{ severity: 'unheard-of' }, 'error'],
  ])('reads severity from result fields %j as %s', (result, severity) => {
    expect(splunk(aWebhook({ result }), aContext())).toMatchObject({ ok: true, alerts: [{ severity, host: null }] });
  });

  it('takes the service from the result row when the search provides one', () => {
    expect(splunk(aWebhook({ result: { service: 'auth' } }), aContext())).toMatchObject({ ok: true, alerts: [{ service: 'auth' }] });
  });

  it('accepts an unnamed search (search_name null, as Splunk documents it), keyed by the sid without its run suffix', () => {
    const first = splunk(aWebhook({ search_name: null }), aContext());
    const next = splunk(aWebhook({ search_name: null, sid: 'scheduler__admin__search__RMD5a1b2c3_at_1777629900_43' }), aContext());
    expect(first).toMatchObject({ ok: true, alerts: [{ summary: 'Splunk alert scheduler__admin__search__RMD5a1b2c3' }] });
    if (!first.ok || !next.ok) throw new Error('must parse');
    expect(next.alerts[0]?.dedupKey).toBe(first.alerts[0]?.dedupKey);
  });

  it('takes a raw-event search\'s event text as the summary and a shortened raw label', () => {
    const raw = `Dec  3 07:00:01 vpn-1 sshd[812]: Failed password for root from 203.0.113.9 port 52113 ssh2 ${'x'.repeat(300)}`;
    const r = splunk(aWebhook({ search_name: null, result: { _raw: raw, _time: '1795770000', host: 'vpn-1', source: '/var/log/auth.log', sourcetype: 'linux_secure' } }), aContext());
    expect(r).toMatchObject({ ok: true, alerts: [{ host: 'vpn-1', summary: expect.stringContaining('Failed password for root'), labels: { source: '/var/log/auth.log', raw: raw.slice(0, 200) } }] });
    if (r.ok) expect(r.alerts[0]?.labels['_raw']).toBeUndefined();
  });

  test.each([
    ['a missing sid', { sid: undefined }, 'sid'],
    ['a result that is not an object', { result: 'x' }, 'result'],
  ])('refuses %s and names the field', (_name, overrides, field) => {
    const bad = splunk(aWebhook(overrides), aContext());
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toEqual([field]);
  });
});
