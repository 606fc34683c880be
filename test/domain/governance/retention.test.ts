import type { LegalHold } from '../../../src/contracts/retention.js';
import { isHeld } from '../../../src/domain/governance/retention/isHeld.js';
import { retentionCutoff, selectExpired } from '../../../src/domain/governance/retention/selectExpired.js';

const NOW = Date.parse('2026-12-03T09:00:00.000Z');
const hold = (scope: LegalHold['scope'], released = false): LegalHold => ({
  schema: 1, id: 'hold-1', scope, reason: 'litigation', placedBy: 'admin-ada', placedAt: '2026-06-01T00:00:00.000Z',
  released: released ? { by: 'admin-ada', at: '2026-07-01T00:00:00.000Z', reason: 'settled' } : null,
});
const rec = (at: string, incidentKey: string | null = 'ITOPS-1') => ({ key: `k-${at}`, at, incidentKey });

describe('retention cut-offs', () => {
  test.each<[number, string]>([
    [90, '2026-09-04T09:00:00.000Z'],
    [400, '2025-10-29T09:00:00.000Z'],
    [3650, '2016-12-05T09:00:00.000Z'],
  ])('records kept %i days expire before %s', (days, cutoff) => {
    expect(new Date(retentionCutoff(days, NOW)).toISOString()).toBe(cutoff);
  });

  test.each<[string, string, boolean]>([
    ['one millisecond before the cut-off expires', '2026-09-04T08:59:59.999Z', true],
    ['exactly at the cut-off is kept', '2026-09-04T09:00:00.000Z', false],
    ['newer is kept', '2026-11-01T00:00:00.000Z', false],
  ])('%s', (_name, at, expired) => {
    expect(selectExpired([rec(at)], retentionCutoff(90, NOW), []).expired.length).toBe(expired ? 1 : 0);
  });
});

describe('legal holds', () => {
  test.each<[string, LegalHold, ReturnType<typeof rec>, boolean]>([
    ['a hold on the incident covers its records', hold({ kind: 'incident', issueKey: 'ITOPS-1' }), rec('2025-01-01T00:00:00.000Z'), true],
    ['a hold on another incident does not', hold({ kind: 'incident', issueKey: 'ITOPS-2' }), rec('2025-01-01T00:00:00.000Z'), false],
    ['a period hold covers its first day', hold({ kind: 'period', from: '2025-01-01', to: '2025-01-31' }), rec('2025-01-01T00:00:00.000Z', null), true],
    ['a period hold covers the whole of its last day', hold({ kind: 'period', from: '2025-01-01', to: '2025-01-31' }), rec('2025-01-31T23:59:59.999Z', null), true],
    ['a period hold stops at midnight after its last day', hold({ kind: 'period', from: '2025-01-01', to: '2025-01-31' }), rec('2025-02-01T00:00:00.000Z', null), false],
    ['a released hold covers nothing', hold({ kind: 'incident', issueKey: 'ITOPS-1' }, true), rec('2025-01-01T00:00:00.000Z'), false],
  ])('%s', (_name, h, r, held) => {
    expect(isHeld([h], r)).toBe(held);
  });

  it('keeps expired records a hold covers, and counts them', () => {
    const items = [rec('2025-01-01T00:00:00.000Z', 'ITOPS-1'), rec('2025-01-02T00:00:00.000Z', 'ITOPS-2'), rec('2026-11-30T00:00:00.000Z', 'ITOPS-1')];
    const r = selectExpired(items, retentionCutoff(90, NOW), [hold({ kind: 'incident', issueKey: 'ITOPS-1' })]);
    expect(r.expired.map((e) => e.incidentKey)).toEqual(['ITOPS-2']);
    expect(r.held).toBe(1);
  });
});
