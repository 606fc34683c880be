import { fingerprint } from '../../../../src/domain/alerts/ingest/fingerprint.js';
import { pagerDutyEvent } from '../../../../src/domain/alerts/formats/pagerDutyEvent.js';
import { aContext } from '../context.js';

const ROUTING_KEY = 'R0ut1ngK3yF0rTh1s1ntegrat10n0001';

// A PagerDuty Events API v2 event, per its documented request body.
function aTrigger(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    routing_key: ROUTING_KEY,
    event_action: 'trigger',
    dedup_key: 'Orders-DB/replication-lag',
    payload: {
      summary: 'Replication lag 120s on orders-db-2',
      source: 'orders-db-2.prod.example',
      severity: 'critical',
      timestamp: '2026-05-01T09:59:00.000+0000',
      component: 'postgres',
      group: 'orders',
      class: 'replication',
      custom_details: { lag_seconds: 120, region: 'eu-west-1', nested: { ignored: true } },
    },
    links: [{ href: 'https://grafana.example/d/pg', text: 'Postgres dashboard' }, { href: 'https://runbooks.example/pg-lag' }],
    images: [],
    client: 'Custom monitor',
    client_url: 'https://monitor.example',
    ...overrides,
  };
}

describe('pagerDutyEvent', () => {
  it('maps a trigger, keeping its dedup_key verbatim and redacting the routing key', () => {
    const result = pagerDutyEvent(aTrigger(), aContext());
    expect(result).toMatchObject({
      ok: true,
      alerts: [
        {
          source: 'pagerduty-events-v2',
          dedupKey: 'Orders-DB/replication-lag',
          status: 'firing',
          severity: 'critical',
          summary: 'Replication lag 120s on orders-db-2',
          service: 'checkout',
          host: 'orders-db-2.prod.example',
          labels: { lag_seconds: '120', region: 'eu-west-1', component: 'postgres', group: 'orders', class: 'replication', source: 'orders-db-2.prod.example' },
          links: [
            { title: 'Postgres dashboard', url: 'https://grafana.example/d/pg' },
            { title: 'https://runbooks.example/pg-lag', url: 'https://runbooks.example/pg-lag' },
          ],
        },
      ],
    });
    if (!result.ok) throw new Error('must parse');
    expect(result.alerts[0]?.rawExcerpt).not.toContain(ROUTING_KEY);
  });

  it('fingerprints the identifying payload fields when a trigger has no dedup_key', () => {
    const result = pagerDutyEvent(aTrigger({ dedup_key: undefined }), aContext());
    const expected = fingerprint({ source: 'orders-db-2.prod.example', summary: 'Replication lag 120s on orders-db-2', component: 'postgres', group: 'orders', class: 'replication' });
    expect(result).toMatchObject({ ok: true, alerts: [{ dedupKey: expected }] });
  });

  it('accepts a bare resolve with only its dedup_key', () => {
    const result = pagerDutyEvent({ routing_key: ROUTING_KEY, event_action: 'resolve', dedup_key: 'Orders-DB/replication-lag' }, aContext());
    expect(result).toMatchObject({
      ok: true,
      alerts: [{ status: 'resolved', dedupKey: 'Orders-DB/replication-lag', summary: 'Resolved: Orders-DB/replication-lag', severity: 'info', host: null, labels: {}, links: [] }],
    });
  });

  it('reads an acknowledge as the sender acknowledging what its dedup_key opened', () => {
    const result = pagerDutyEvent({ routing_key: ROUTING_KEY, event_action: 'acknowledge', dedup_key: 'Orders-DB/replication-lag' }, aContext());
    expect(result).toMatchObject({ ok: true, alerts: [{ status: 'acknowledged', dedupKey: 'Orders-DB/replication-lag', summary: 'Acknowledged: Orders-DB/replication-lag' }] });
  });

  test.each([
    ['an acknowledge without dedup_key', { routing_key: ROUTING_KEY, event_action: 'acknowledge' }, 'dedup_key'],
    ['a trigger without payload', aTrigger({ payload: undefined }), 'payload'],
    ['a resolve without dedup_key', { routing_key: ROUTING_KEY, event_action: 'resolve' }, 'dedup_key'],
    ['an unknown severity', aTrigger({ payload: { summary: 's', source: 'h', severity: 'major' } }), 'payload.severity'],
    ['a summary over 1024 characters', aTrigger({ payload: { summary: 'x'.repeat(1025), source: 'h', severity: 'info' } }), 'payload.summary'],
    ['a missing routing key', aTrigger({ routing_key: undefined }), 'routing_key'],
    ['an unknown action', aTrigger({ event_action: 'escalate' }), 'event_action'],
  ])('refuses %s and names the field', (_name, body, field) => {
    const bad = pagerDutyEvent(body, aContext());
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors.map((e) => e.field)).toEqual([field]);
  });
});
