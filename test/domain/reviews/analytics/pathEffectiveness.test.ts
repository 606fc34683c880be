import type { EventLogEntry } from '../../../../src/contracts/events.js';
import { emptyRollup } from '../../../../src/contracts/pathRollup.js';
import { incidentContribution } from '../../../../src/domain/reviews/analytics/incidentContribution.js';
import { addContribution, pathEffectiveness } from '../../../../src/domain/reviews/analytics/rollups.js';

const MIN = 60_000;
const at = (day: string, m: number) => new Date(Date.parse(`${day}T09:00:00.000Z`) + m * MIN).toISOString();
type Step = [EventLogEntry['type'], number, number | null];
/** An escalation on the technical path of `default`, events at minutes after 09:00 on `day`. */
function history(key: string, day: string, steps: Step[]): EventLogEntry[] {
  return steps.map(([type, m, level], seq) => ({ incidentKey: key, at: at(day, m), type, path: 'technical', level, loop: 0, detail: '', policyId: 'default', policyVersion: 1, seq }));
}
const L1ACK = (key: string, day = '2026-03-02') => history(key, day, [['triggered', 0, 1], ['paged', 0, 1], ['acknowledged', 5, 1], ['resolved', 60, 1]]);
const L2ACK = (key: string, day = '2026-03-02') => history(key, day, [['triggered', 0, 1], ['paged', 0, 1], ['repeated', 15, 1], ['levelChanged', 30, 2], ['acknowledged', 35, 2], ['resolved', 95, 2]]);
const MANUAL_L2 = (key: string) => history(key, '2026-03-03', [['manualEscalation', 0, 2], ['levelChanged', 0, 2], ['acknowledged', 10, 2], ['resolved', 20, 2]]);
const UNACKED = (key: string) => history(key, '2026-04-01', [['triggered', 0, 1], ['paged', 0, 1], ['levelChanged', 30, 2], ['resolved', 40, 2]]);

describe('incidentContribution', () => {
  it.each([
    ['acknowledged at level 1', L1ACK('A'), { L1: { paged: 1, acked: 1, ackMsSum: 5 * MIN, wastedPages: 0, timeoutEscalations: 0, manualEscalations: 0 } }, 5 * MIN],
    ['acknowledged at level 2 after a timeout: level 1\'s two pages were wasted', L2ACK('B'),
      { L1: { paged: 1, acked: 0, ackMsSum: 0, wastedPages: 2, timeoutEscalations: 0, manualEscalations: 0 },
        L2: { paged: 1, acked: 1, ackMsSum: 35 * MIN, wastedPages: 0, timeoutEscalations: 1, manualEscalations: 0 } }, 35 * MIN],
    ['escalated by hand straight to level 2', MANUAL_L2('C'), { L2: { paged: 1, acked: 1, ackMsSum: 10 * MIN, wastedPages: 0, timeoutEscalations: 0, manualEscalations: 1 } }, 10 * MIN],
    ['never acknowledged: no MTTA, nothing counted as wasted', UNACKED('D'),
      { L1: { paged: 1, acked: 0, ackMsSum: 0, wastedPages: 0, timeoutEscalations: 0, manualEscalations: 0 },
        L2: { paged: 1, acked: 0, ackMsSum: 0, wastedPages: 0, timeoutEscalations: 1, manualEscalations: 0 } }, null],
  ])('%s', (_name, events, levels, ackMs) => {
    const c = incidentContribution(events)!;
    const byLevel = Object.fromEntries([...c.levels].map(([k, v]) => [`L${k.split('|')[2]}`, v]));
    expect(byLevel).toEqual(levels);
    expect(c.ackMs).toBe(ackMs);
  });

  it('is null for an incident that was never escalated (alerts only)', () => {
    expect(incidentContribution(history('E', '2026-03-02', [['alertReceived', 0, null]]))).toBeNull();
  });
});

describe('pathEffectiveness from monthly rollups', () => {
  const roll = (month: string, histories: Array<[EventLogEntry[], boolean]>) =>
    histories.reduce((r, [h, drill]) => addContribution(r, incidentContribution(h, drill)!), emptyRollup(month));
  const march = roll('2026-03', [[L1ACK('A'), false], [L2ACK('B'), false], [MANUAL_L2('C'), false], [L1ACK('X'), true]]);
  const april = roll('2026-04', [[UNACKED('D'), false]]);

  it('per level: share acknowledged, mean time to ack, wasted pages, timeout vs manual; drills apart', () => {
    const e = pathEffectiveness([march, april], '2026-03', '2026-04');
    expect(e).toMatchObject({ incidents: 4, drillsExcluded: 1, mttaMs: (5 + 35 + 10) * MIN / 3, mttrMs: (60 + 95 + 20 + 40) * MIN / 4 });
    expect(e.levels.map((l) => [l.level, l.paged, l.acked, l.shareAcked, l.meanTimeToAckMs, l.wastedPages, l.timeoutEscalations, l.manualEscalations])).toEqual([
      [1, 3, 1, 1 / 3, 5 * MIN, 2, 0, 0],
      [2, 3, 2, 2 / 3, 22.5 * MIN, 0, 2, 1],
    ]);
  });

  it('keeps to the period asked for', () => {
    expect(pathEffectiveness([march, april], '2026-04', '2026-04')).toMatchObject({ incidents: 1, mttaMs: null, drillsExcluded: 0 });
  });

  it('the rollups give the same figures as recomputing from every raw event', () => {
    const all = [L1ACK('A'), L2ACK('B'), MANUAL_L2('C'), UNACKED('D')];
    const naive = all.map((h) => incidentContribution(h)!).reduce((acc, c) => {
      acc[c.month] = addContribution(acc[c.month] ?? emptyRollup(c.month), c);
      return acc;
    }, {} as Record<string, ReturnType<typeof emptyRollup>>);
    expect(pathEffectiveness(Object.values(naive), '2026-01', '2026-12').levels)
      .toEqual(pathEffectiveness([march, roll('2026-04', [[UNACKED('D'), false]])], '2026-01', '2026-12').levels);
  });
});
