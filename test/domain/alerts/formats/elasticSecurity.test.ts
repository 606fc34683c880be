import { readFileSync } from 'node:fs';
import { elasticSecurity, ELASTIC_BODY_TEMPLATE } from '../../../../src/domain/alerts/formats/elasticSecurity.js';
import { aContext } from '../context.js';

const body = (over: Record<string, unknown> = {}) => ({ rule: { id: 'r1', name: 'Brute force', severity: 'high', risk_score: '73', tags: 'service:Intranet' }, alerts: [], ...over });

describe('elasticSecurity', () => {
  it('maps the rule: severity, risk score, tags, the service tag and the alerts link', () => {
    expect(elasticSecurity(body({ results_link: 'https://kibana/x', alerts_count: '3' }), aContext())).toMatchObject({
      ok: true,
      alerts: [{ source: 'elastic-security', dedupKey: 'elastic:r1:*', status: 'firing', severity: 'error', summary: 'Brute force', service: 'Intranet', host: null,
        labels: { rule: 'Brute force', rule_id: 'r1', risk_score: '73', alerts: '3' }, links: [{ title: 'Elastic Security alerts', url: 'https://kibana/x' }] }],
    });
  });

  it('gives one alert per flagged host, skipping the template\'s empty trailing entry', () => {
    const r = elasticSecurity(body({ alerts: [{ host: 'a', user: 'u1' }, { host: 'b' }, { host: 'a', user: 'u2', reason: 'why' }, {}] }), aContext());
    expect(r.ok && r.alerts.map((a) => [a.dedupKey, a.labels['users'] ?? null, a.labels['alerts']])).toEqual([['elastic:r1:a', 'u1,u2', '2'], ['elastic:r1:b', null, '1']]);
    expect(r.ok && r.alerts[0]!.summary).toBe('Brute force on a: why');
  });

  test.each([['low', 'info'], ['medium', 'warning'], ['critical', 'critical'], ['unheard', 'warning']])('reads rule severity %s as %s', (severity, expected) => {
    expect(elasticSecurity(body({ rule: { id: 'r', name: 'n', severity } }), aContext())).toMatchObject({ ok: true, alerts: [{ severity: expected }] });
  });

  it('the documented template, filled as Kibana would fill it, is what the fixture holds and parses', () => {
    expect(ELASTIC_BODY_TEMPLATE).toContain('{{#context.alerts}}');
    const fixture = JSON.parse(readFileSync(new URL('../../../fixtures/alerts/elastic-security.json', import.meta.url), 'utf8'));
    expect(elasticSecurity(fixture, aContext()).ok).toBe(true);
  });

  test.each([['a missing rule', { rule: undefined }, 'rule'], ['a rule without a name', { rule: { id: 'r' } }, 'rule.name']])('refuses %s and names the field', (_n, over, field) => {
    const bad = elasticSecurity(body(over), aContext());
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toEqual([field]);
  });
});
