import { correlate, type CorrelationRule, type OpenGroup } from '../../../../src/domain/alerts/ingest/correlate.js';
import { anAlert } from '../anAlert.js';

const NOW = new Date('2026-05-01T10:30:00.000Z');
const group = (overrides: Partial<OpenGroup>): OpenGroup => ({
  groupKey: 'g',
  incidentKey: 'OPS-1',
  service: 'checkout',
  labels: {},
  lastAlertAt: '2026-05-01T10:25:00.000Z',
  ...overrides,
});
const sameService: CorrelationRule = { id: 'svc-15', kind: 'same-service', withinMinutes: 15 };
const sameAlertname: CorrelationRule = { id: 'by-alertname', kind: 'same-labels', keys: ['alertname', 'env'] };
const sameSet: CorrelationRule = { id: 'exact', kind: 'same-labels', keys: [] };

describe('correlate', () => {
  test.each<[string, Partial<OpenGroup>, boolean]>([
    ['same service 5 min ago', {}, true],
    ['same service exactly 15 min ago', { lastAlertAt: '2026-05-01T10:15:00.000Z' }, true],
    ['same service 16 min ago', { lastAlertAt: '2026-05-01T10:14:00.000Z' }, false],
    ['another service', { service: 'search' }, false],
    ['a group whose last alert is in the future', { lastAlertAt: '2026-05-01T10:31:00.000Z' }, false],
  ])('same-service within 15 min: %s joins = %s', (_name, g, joins) => {
    const result = correlate(anAlert(), [group(g)], [sameService], NOW);
    expect(result).toEqual(joins ? { kind: 'join', groupKey: 'g', incidentKey: 'OPS-1', ruleId: 'svc-15' } : { kind: 'new-group' });
  });

  it('never correlates two alerts on an unknown (null) service', () => {
    expect(correlate(anAlert({ service: null }), [group({ service: null })], [sameService], NOW)).toEqual({ kind: 'new-group' });
  });

  test.each<[string, CorrelationRule, Record<string, string>, boolean]>([
    ['the chosen keys match', sameAlertname, { alertname: 'HighLatency', env: 'prod', instance: 'other' }, true],
    ['a chosen key differs', sameAlertname, { alertname: 'HighLatency', env: 'staging' }, false],
    ['a chosen key is missing on the group', sameAlertname, { alertname: 'HighLatency' }, false],
    ['the whole set is equal', sameSet, { env: 'prod', service: 'checkout', alertname: 'HighLatency' }, true],
    ['the group has one more label', sameSet, { env: 'prod', service: 'checkout', alertname: 'HighLatency', x: '1' }, false],
  ])('same-labels: %s joins = %s', (_name, rule, labels, joins) => {
    const result = correlate(anAlert(), [group({ service: 'other', labels })], [rule], NOW);
    expect(result.kind).toBe(joins ? 'join' : 'new-group');
  });

  it('does not group two alerts merely because both have no labels', () => {
    expect(correlate(anAlert({ labels: {} }), [group({ labels: {} })], [sameSet], NOW)).toEqual({ kind: 'new-group' });
  });

  it('applies rules in order and picks the most recently active of the matching groups', () => {
    const groups = [
      group({ groupKey: 'older', incidentKey: 'OPS-1', lastAlertAt: '2026-05-01T10:20:00.000Z' }),
      group({ groupKey: 'newer', incidentKey: 'OPS-2', lastAlertAt: '2026-05-01T10:28:00.000Z' }),
      group({ groupKey: 'by-labels', incidentKey: 'OPS-3', service: 'x', labels: { alertname: 'HighLatency', env: 'prod' } }),
    ];
    expect(correlate(anAlert(), groups, [sameService, sameAlertname], NOW)).toEqual({ kind: 'join', groupKey: 'newer', incidentKey: 'OPS-2', ruleId: 'svc-15' });
    expect(correlate(anAlert(), groups, [sameAlertname, sameService], NOW)).toEqual({ kind: 'join', groupKey: 'by-labels', incidentKey: 'OPS-3', ruleId: 'by-alertname' });
  });

  it('does not join a resolved alert to a group', () => {
    expect(correlate(anAlert({ status: 'resolved' }), [group({})], [sameService], NOW)).toEqual({ kind: 'new-group' });
  });
});
