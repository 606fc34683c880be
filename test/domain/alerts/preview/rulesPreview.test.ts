import { previewCorrelation, previewSustain, sampleAlerts } from '../../../../src/domain/alerts/preview/rulesPreview.js';

const START = new Date('2026-11-25T14:00:00Z');
const samples = sampleAlerts('Payments', 'Email');
const incidents = (rows: ReturnType<typeof previewCorrelation>) => rows.map((r) => r.incident);

describe('previewCorrelation over the sample alerts', () => {
  test.each([
    ['no rules: every alert opens its own incident', [], [1, 2, 3, 4, 5, 6]],
    ['same service within 15 minutes: Payments groups until the 45-minute gap', [{ id: 'svc', kind: 'same-service' as const, withinMinutes: 15 }], [1, 1, 1, 2, 1, 3]],
    ['same service within 60 minutes: the repeat at 45 joins too', [{ id: 'svc', kind: 'same-service' as const, withinMinutes: 60 }], [1, 1, 1, 2, 1, 1]],
    ['same alertname and env: latency in prod groups across services', [{ id: 'lbl', kind: 'same-labels' as const, keys: ['alertname', 'env'] }], [1, 1, 2, 1, 3, 1]],
    ['identical label set: only the exact repeat joins', [{ id: 'exact', kind: 'same-labels' as const, keys: [] }], [1, 2, 3, 4, 5, 1]],
  ])('%s', (_name, rules, expected) => {
    expect(incidents(previewCorrelation(samples, rules, START))).toEqual(expected);
  });

  it('names the first matching rule that joined each alert', () => {
    const rows = previewCorrelation(samples, [{ id: 'exact', kind: 'same-labels', keys: [] }, { id: 'svc', kind: 'same-service', withinMinutes: 15 }], START);
    expect(rows.map((r) => r.joinedBy)).toEqual([null, 'svc', 'svc', null, 'svc', 'exact']);
  });
});

describe('previewSustain for a tool repeating every 5 minutes', () => {
  test.each([
    [{}, 0, 'no-rule', 1],
    [{ forMinutes: 10 }, 10, 'duration', 3],
    [{ forMinutes: 7 }, 10, 'duration', 3],
    [{ occurrences: 2 }, 5, 'occurrences', 2],
    [{ forMinutes: 60, occurrences: 3 }, 10, 'occurrences', 3],
  ])('%j pages after %d minutes (%s, %d sightings)', (rule, minutes, because, occurrences) => {
    expect(previewSustain(rule, 5, START)).toEqual({ everyMinutes: 5, pagesAfterMinutes: minutes, because, occurrences });
  });
});
