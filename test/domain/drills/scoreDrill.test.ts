import type { DrillPage, DrillScenario } from '../../../src/contracts/drills.js';
import type { EventLogEntry } from '../../../src/contracts/events.js';
import { autoFindings } from '../../../src/domain/drills/scoring/autoFindings.js';
import { scoreDrill } from '../../../src/domain/drills/scoring/scoreDrill.js';
import { drillCoverage, nextParticipants } from '../../../src/domain/drills/programmes/drillCoverage.js';
import { inDrillWindow } from '../../../src/domain/drills/programmes/inDrillWindow.js';
import { nextDrillDue } from '../../../src/domain/drills/programmes/nextDrillDue.js';
import { aPolicy } from '../../support/builders.js';

const T = (m: number) => new Date(Date.parse('2026-11-27T09:00:00.000Z') + m * 60_000).toISOString();
const page = (m: number, level: number, who: string, extra: Partial<DrillPage> = {}): DrillPage => ({
  at: T(m), path: 'technical', level, loop: 0, backup: false, accountIds: [who], groups: [], ackDueAt: T(m + 15), outcome: 'sent', note: null, ...extra,
});
const ack = (m: number, who: string, level: number): EventLogEntry => ({
  incidentKey: 'ITOPS-9', at: T(m), type: 'acknowledged', path: 'technical', level, loop: 0, detail: '', actor: who, policyId: 'default', policyVersion: 1, seq: 0,
});
const policy = aPolicy();
const scenario: DrillScenario = { priority: 'P2', service: null, path: 'technical', includePaths: ['technical'], mustNotAckLevels: [1], timeLimitMinutes: 120 };

describe('scoreDrill', () => {
  it.each([
    ['acknowledged in 4 min: within the 15-minute timeout', [page(0, 1, 'agent-ana')], [ack(4, 'agent-ana', 1)], T(4), [[4, true, null]], 4],
    ['level 1 silent, level 2 acknowledges 20 min after its page: late, handoff 5 min after level 1 timed out', [page(0, 1, 'agent-ana'), page(15, 2, 'lead-lee')],
      [ack(35, 'lead-lee', 2)], T(35), [[null, false, null], [20, false, 20]], 35],
    ['still waiting inside the timeout: no verdict yet', [page(0, 1, 'agent-ana')], [], T(10), [[null, null, null]], null],
  ])('%s', (_name, pages, events, now, rows, mtta) => {
    const s = scoreDrill({ drill: { pages, startedAt: T(0), endedAt: null }, events, policy, schedules: new Map() }, Date.parse(now));
    expect(s.hops.map((h) => [h.ackMinutes, h.withinThreshold, h.handoffMinutes])).toEqual(rows);
    expect(s.mttaMinutes).toBe(mtta);
  });

  it('finds a silent level told not to acknowledge fine, a late one late, and a failed channel', () => {
    const pages = [page(0, 1, 'agent-ana'), page(15, 2, 'lead-lee'), page(30, 3, 'manager-max', { outcome: 'failed', note: 'HTTP 503' })];
    const s = scoreDrill({ drill: { pages, startedAt: T(0), endedAt: T(40) }, events: [ack(35, 'lead-lee', 2)], policy, schedules: new Map() }, Date.parse(T(40)));
    expect(autoFindings({ issueKey: 'ITOPS-9', scenario }, s, policy).map((f) => [f.kind, f.level, f.accountId])).toEqual([
      ['lateAck', 2, 'lead-lee'], ['channelFailed', 3, null],
    ]);
  });

  it.each([
    ['a late acknowledgement', [page(0, 1, 'agent-ana'), page(15, 2, 'lead-lee')], [ack(35, 'lead-lee', 2)], 'Lee Lead acknowledged technical level 2 after 20 min; the policy allows 15 min'],
    ['an acknowledgement the scenario forbade', [page(0, 1, 'agent-ana')], [ack(3, 'agent-ana', 1)], 'Ana Agent acknowledged technical level 1, which the scenario told not to, so the climb beyond it was not tested'],
    ['nobody answering level 2', [page(0, 1, 'agent-ana'), page(15, 2, 'lead-lee')], [], 'Lee Lead did not acknowledge technical level 2 within 15 min'],
  ])('names people in %s by display name, keeping the account id on the finding', (_name, pages, events, text) => {
    const names = new Map([['agent-ana', 'Ana Agent'], ['lead-lee', 'Lee Lead']]);
    const s = scoreDrill({ drill: { pages, startedAt: T(0), endedAt: T(40) }, events, policy, schedules: new Map() }, Date.parse(T(40)));
    const found = autoFindings({ issueKey: 'ITOPS-9', scenario }, s, policy, (id) => names.get(id) ?? id);
    expect(found.map((f) => f.text)).toContain(text);
    expect(found.find((f) => f.text === text)!.accountId).toMatch(/^(agent-ana|lead-lee)$/);
  });
});

describe('programmes', () => {
  it.each([
    [null, 3, '2026-11-27T09:00:00.000Z'],
    ['2026-09-01T10:00:00.000Z', 3, '2026-12-01T10:00:00.000Z'],
    ['2026-09-01T10:00:00.000Z', 1, '2026-10-01T10:00:00.000Z'],
  ])('last run %s, every %i months: next due %s', (lastRunAt, cadenceMonths, due) => {
    expect(new Date(nextDrillDue({ lastRunAt, cadenceMonths, enabled: true }, Date.parse(T(0)))!).toISOString()).toBe(due);
  });

  it.each([
    ['2026-11-27T09:30:00.000Z', 'Europe/London', 'workingHours', true],
    ['2026-11-27T09:30:00.000Z', 'America/New_York', 'workingHours', false],
    ['2026-11-28T12:00:00.000Z', 'Europe/London', 'outOfHours', true],
  ] as const)('%s in %s is in the %s window: %s', (at, timeZone, window, inside) => {
    expect(inDrillWindow({ timeZone, window }, Date.parse(at))).toBe(inside);
  });

  it('covers who was drilled, who missed, who was never drilled, and picks the missed first', () => {
    const drills = [
      { startedAt: T(0), status: 'ended' as const, pages: [page(0, 1, 'agent-ana'), page(15, 2, 'lead-lee')],
        findings: [{ id: 'x', kind: 'unreachable' as const, path: 'technical' as const, level: 1, accountId: 'agent-ana', text: 't', runbook: false, taskKey: null, by: 'app', at: T(20) }] },
    ];
    const rows = drillCoverage(['agent-ana', 'lead-lee', 'manager-max'], drills, Date.parse(T(-60)), new Map());
    expect(rows.map((r) => [r.accountId, r.state])).toEqual([['agent-ana', 'missed'], ['lead-lee', 'drilled'], ['manager-max', 'notDrilled']]);
    expect(nextParticipants(rows)).toEqual(['agent-ana', 'manager-max', 'lead-lee']);
  });
});
