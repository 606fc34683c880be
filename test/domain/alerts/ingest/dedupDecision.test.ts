import { dedupDecision, type OpenDedupRecord } from '../../../../src/domain/alerts/ingest/dedupDecision.js';
import { anAlert } from '../anAlert.js';

const NOW = new Date('2026-05-01T10:10:00.000Z');
const open = (overrides: Partial<OpenDedupRecord> = {}): OpenDedupRecord => ({
  incidentKey: 'OPS-7',
  count: 3,
  lastSeenAt: '2026-05-01T10:00:00.000Z',
  ...overrides,
});

describe('dedupDecision', () => {
  it('creates an incident for a firing alert with nothing open', () => {
    expect(dedupDecision(null, anAlert(), NOW, 300)).toEqual({ kind: 'create' });
  });

  it('reports, rather than drops, a resolve with nothing open', () => {
    expect(dedupDecision(null, anAlert({ status: 'resolved' }), NOW, 300)).toEqual({
      kind: 'ignore',
      reason: 'Resolved alert with no open incident for its dedup key',
    });
  });

  it('resolves and annotates the open incident on a resolve', () => {
    expect(dedupDecision(open(), anAlert({ status: 'resolved' }), NOW, 300)).toEqual({ kind: 'resolve', incidentKey: 'OPS-7', count: 3 });
  });

  test.each([
    ['last seen 10 min ago, never commented, debounce 5 min', {}, 300, true],
    ['last seen exactly at the debounce boundary', { lastSeenAt: '2026-05-01T10:05:00.000Z' }, 300, true],
    ['last seen 1 s inside the debounce', { lastSeenAt: '2026-05-01T10:05:01.000Z' }, 300, false],
    ['commented 2 min ago though last seen long ago', { lastCommentAt: '2026-05-01T10:08:00.000Z' }, 300, false],
    ['commented 6 min ago', { lastCommentAt: '2026-05-01T10:04:00.000Z', lastSeenAt: '2026-05-01T10:09:59.000Z' }, 300, true],
    ['no debounce at all', { lastSeenAt: '2026-05-01T10:10:00.000Z' }, 0, true],
    ['an unreadable stored time', { lastSeenAt: 'yesterday' }, 300, true],
  ])('counts a repeat; comment due when %s: %s', (_name, overrides, debounce, due) => {
    expect(dedupDecision(open(overrides), anAlert(), NOW, debounce)).toEqual({
      kind: 'repeat',
      incidentKey: 'OPS-7',
      count: 4,
      lastSeenAt: '2026-05-01T10:10:00.000Z',
      commentDue: due,
    });
  });
});
