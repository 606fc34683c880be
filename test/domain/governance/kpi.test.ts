import type { KpiReport } from '../../../src/contracts/kpiReport.js';
import { escalationKpis, type KpiIncidentFact } from '../../../src/domain/governance/kpi/escalationKpis.js';
import { kpiCsv } from '../../../src/domain/governance/kpi/kpiCsv.js';

// November 2026, judged on 3 December.
const W = { fromMs: Date.parse('2026-11-01T00:00:00.000Z'), toMs: Date.parse('2026-12-01T00:00:00.000Z'), asOfMs: Date.parse('2026-12-03T09:00:00.000Z') };
const START = Date.parse('2026-11-10T09:00:00.000Z');
const MIN = 60_000;
const fact = (o: Partial<KpiIncidentFact> = {}): KpiIncidentFact => ({
  key: 'ITOPS-1', priority: 'P1', startedAt: START, acknowledgedAt: START + 10 * MIN, resolvedAt: START + 90 * MIN, ackThresholdMs: 15 * MIN, slaBreached: false, pir: null, ...o,
});

describe('escalation KPIs for November 2026', () => {
  test.each<[string, KpiIncidentFact[], Partial<ReturnType<typeof escalationKpis>>]>([
    ['nothing escalated: counts are zero, means and percentages are absent, not zero', [],
      { escalations: 0, mttaMinutes: null, mttrMinutes: null, ackedWithinThresholdPercent: null, pirsOnTimePercent: null, byPriority: {} }],
    ['MTTA and MTTR are means over the acknowledged and resolved ones only',
      [fact(), fact({ key: 'ITOPS-2', acknowledgedAt: START + 20 * MIN, resolvedAt: null }), fact({ key: 'ITOPS-3', acknowledgedAt: null, resolvedAt: START + 30 * MIN })],
      { escalations: 3, mttaMinutes: 15, mttrMinutes: 60 }],
    ['acknowledged within the threshold counts the boundary as within, and unacknowledged ones against',
      [fact({ acknowledgedAt: START + 15 * MIN }), fact({ key: 'ITOPS-2', acknowledgedAt: START + 15 * MIN + 1 }), fact({ key: 'ITOPS-3', acknowledgedAt: null })],
      { ackedWithinThreshold: 1, ackedWithinThresholdPercent: 33.3 }],
    ['escalations per priority, and those without one under "none"',
      [fact(), fact({ key: 'ITOPS-2' }), fact({ key: 'ITOPS-3', priority: 'P3' }), fact({ key: 'ITOPS-4', priority: null })],
      { byPriority: { P1: 2, P3: 1, none: 1 } }],
    ['SLA breaches', [fact({ slaBreached: true }), fact({ key: 'ITOPS-2' })], { slaBreaches: 1 }],
    ['an escalation that started outside the month is not counted',
      [fact({ startedAt: W.fromMs - 1 }), fact({ key: 'ITOPS-2', startedAt: W.toMs })], { escalations: 0 }],
    ['PIRs: on time, late, overdue and not yet due',
      [fact({ pir: { dueAt: START + 48 * 60 * MIN, completedAt: START + 24 * 60 * MIN } }),
        fact({ key: 'ITOPS-2', pir: { dueAt: START + 48 * 60 * MIN, completedAt: START + 50 * 60 * MIN } }),
        fact({ key: 'ITOPS-3', pir: { dueAt: START + 48 * 60 * MIN, completedAt: null } }),
        fact({ key: 'ITOPS-4', startedAt: Date.parse('2026-11-30T20:00:00.000Z'), pir: { dueAt: Date.parse('2026-12-04T20:00:00.000Z'), completedAt: null } })],
      { pirsDue: 3, pirsOnTime: 1, pirsOnTimePercent: 33.3 }],
  ])('%s', (_name, facts, expected) => {
    expect(escalationKpis(facts, 0, W)).toMatchObject(expected);
  });

  it('reports the bypass attempts it is given', () => {
    expect(escalationKpis([], 4, W).bypassAttempts).toBe(4);
  });
});

describe('the KPI CSV', () => {
  it('has one row for the period and one per trend month, priorities as columns, empty cells for absent means', () => {
    const figures = escalationKpis([fact(), fact({ key: 'ITOPS-2', priority: 'P2', acknowledgedAt: null })], 1, W);
    const empty = escalationKpis([], 0, W);
    const report: Omit<KpiReport, 'csv'> = { period: '2026-11', from: '', to: '', generatedAt: '', figures, trend: [{ month: '2026-10', figures: empty }, { month: '2026-11', figures }], truncated: false, drillsExcluded: 0 };
    expect(kpiCsv(report).split('\r\n')).toEqual([
      'period,escalations,mttaMinutes,mttrMinutes,slaBreaches,ackedWithinThresholdPercent,bypassAttempts,pirsDue,pirsOnTime,pirsOnTimePercent,escalations P1,escalations P2',
      '2026-11,2,10,90,0,50,1,0,0,,1,1',
      '2026-10,0,,,0,,0,0,0,,0,0',
      '2026-11,2,10,90,0,50,1,0,0,,1,1',
      '',
    ]);
  });
});
