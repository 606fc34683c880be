import type { DrillReportView, HopRow } from '../../../src/contracts/drills.js';
import { drillExitCode, hopTable, unexpectedHops } from '../../../scripts/drill/hopTable.js';

const hop = (over: Partial<HopRow>): HopRow => ({
  path: 'technical', level: 1, loop: 0, backup: false, pagedAt: '2026-12-04T10:00:00.000Z', paged: ['ana'], outcome: 'sent', note: null,
  scheduledOnCall: null, routedCorrectly: null, ackedAt: null, ackedBy: null, ackMinutes: null, thresholdMinutes: 15, withinThreshold: null, handoffMinutes: null,
  ...over,
});
const report = (hops: HopRow[], mustNotAckLevels: number[] = []): DrillReportView => ({
  drill: {
    schema: 1, issueKey: 'ITOPS-9', programmeId: null, policyId: 'default', policyVersion: 1,
    scenario: { priority: 'P3', service: null, path: 'technical', includePaths: ['technical'], mustNotAckLevels, timeLimitMinutes: 60 },
    participants: [], status: 'ended', startedAt: '2026-12-04T10:00:00.000Z', startedBy: 'adam', endsAt: '2026-12-04T11:00:00.000Z',
    endedAt: '2026-12-04T10:34:00.000Z', endReason: 'acknowledged', endedBy: null, pages: [], withheld: [], findings: [], tabletop: null,
  },
  score: { hops, mttaMinutes: 34, mttrMinutes: 34, routingAccuracy: 1, missedThresholds: hops.filter((h) => h.withinThreshold === false).length },
  findings: [],
  now: '2026-12-04T10:40:00.000Z',
});
const silentL1 = hop({ withinThreshold: false });
const ackedL2 = hop({ level: 2, pagedAt: '2026-12-04T10:30:00.000Z', paged: ['lena'], ackedAt: '2026-12-04T10:34:00.000Z', ackedBy: 'lena', ackMinutes: 4, withinThreshold: true, handoffMinutes: 19 });
const names = new Map([['ana', 'Ana Agent'], ['lena', 'Lena Lead']]);

describe('npm run drill: hop table and exit code', () => {
  it.each([
    { name: 'level 1 silent as told, level 2 in time', r: report([silentL1, ackedL2], [1]), against: 0, exit: 0, result: ['climbed past (as told)', 'ok'] },
    { name: 'level 1 silent without being told', r: report([silentL1, ackedL2]), against: 1, exit: 1, result: ['MISSED', 'ok'] },
    { name: 'level 1 acknowledged though told not to', r: report([hop({ ackedAt: '2026-12-04T10:05:00.000Z', ackedBy: 'ana', ackMinutes: 5, withinThreshold: true })], [1]), against: 1, exit: 1, result: ['ACKED (told not to)'] },
    { name: 'a failed page', r: report([hop({ outcome: 'failed' }), ackedL2]), against: 1, exit: 1, result: ['FAILED', 'ok'] },
    { name: 'nobody acknowledged at all', r: report([silentL1], [1]), against: 0, exit: 1, result: ['climbed past (as told)'] },
    { name: 'level 2 late', r: report([silentL1, { ...ackedL2, ackMinutes: 22, withinThreshold: false }], [1]), against: 1, exit: 1, result: ['climbed past (as told)', 'MISSED'] },
  ])('$name', ({ r, against, exit, result }) => {
    expect(unexpectedHops(r)).toHaveLength(against);
    expect(drillExitCode(r)).toBe(exit);
    const lines = hopTable(r, names);
    const rows = lines.slice(2, 2 + r.score.hops.length);
    expect(rows.map((l) => l.split(/ {2,}/).at(-1))).toEqual(result);
  });

  it('prints names, not account ids, and the totals line', () => {
    const lines = hopTable(report([silentL1, ackedL2], [1]), names);
    expect(lines[0]).toMatch(/^hop +paged \(UTC\) +paged +routed right +acknowledged by/);
    expect(lines[3]).toMatch(/^technical L2 +10:30 +Lena Lead +— +Lena Lead +4\.0 +15 +19\.0 +ok$/);
    expect(lines.join('\n')).not.toMatch(/\blena\b/);
    expect(lines.at(-1)).toBe('ITOPS-9: ended (acknowledged); MTTA 34.0 min, MTTR 34.0 min, routing accuracy 100%, 0 hop(s) against the drill, 0 finding(s)');
  });
});
