import { escalationTrend } from '../../../src/domain/escalation/escalationTrend.js';
import { aState } from '../../support/builders.js';

const now = Date.parse('2026-11-27T12:00:00.000Z');

describe('escalationTrend', () => {
  it('gives one point per UTC day, oldest first, with nulls on days without data', () => {
    expect(escalationTrend([], now, 3).map((p) => [p.day, p.mttaMinutes, p.mttrMinutes, p.incidents])).toEqual([
      ['2026-11-25', null, null, 0], ['2026-11-26', null, null, 0], ['2026-11-27', null, null, 0]]);
  });

  test.each([
    ['one acknowledged after 10 minutes', [{ since: '2026-11-27T09:00:00.000Z', acknowledgedAt: '2026-11-27T09:10:00.000Z' }], 10, null, 1],
    ['two: MTTA 10 and 20 average to 15', [
      { since: '2026-11-27T09:00:00.000Z', acknowledgedAt: '2026-11-27T09:10:00.000Z' },
      { since: '2026-11-27T10:00:00.000Z', acknowledgedAt: '2026-11-27T10:20:00.000Z', resolvedAt: '2026-11-27T11:30:00.000Z' }], 15, 90, 2],
    ['an escalation from before the window is left out', [{ since: '2026-11-20T09:00:00.000Z', acknowledgedAt: '2026-11-20T09:10:00.000Z' }], null, null, 0],
  ])('%s', (_name, states, mtta, mttr, n) => {
    const last = escalationTrend(states.map((s) => aState({ status: 'acknowledged', ...s })), now, 3).at(-1)!;
    expect([last.mttaMinutes, last.mttrMinutes, last.incidents]).toEqual([mtta, mttr, n]);
  });
});
