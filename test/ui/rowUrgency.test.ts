import type { ActiveEscalationRow } from '../../src/contracts/dashboard.js';
import { filterRows } from '../../static/dashboard/filterRows.js';
import { isSlaAtRisk, sortByUrgency } from '../../static/dashboard/rowUrgency.js';

const NOW = '2026-11-27T09:00:00.000Z';
const nowMs = Date.parse(NOW);
const inMin = (m: number) => new Date(nowMs + m * 60_000).toISOString();

function row(overrides: Partial<ActiveEscalationRow> & { issueKey: string }): ActiveEscalationRow {
  return {
    path: 'technical', level: 1, status: 'acknowledged', priority: 'P2', service: 'Payments',
    ackDueAt: null, nextEvaluationAt: inMin(60), slas: [], ...overrides,
  };
}
const sla = (remainingMin: number, extra: Partial<{ breached: boolean; paused: boolean; completed: boolean }> = {}) => ({
  metric: 'Time to resolution', remainingMs: remainingMin * 60_000, breached: false, paused: false, completed: false, ...extra,
});

describe('dashboard ordering', () => {
  it('puts unacknowledged pages first, then SLAs at risk, then the rest', () => {
    const rows = [
      row({ issueKey: 'A-1' }),
      row({ issueKey: 'A-2', slas: [sla(10)] }),
      row({ issueKey: 'A-3', status: 'active', ackDueAt: inMin(5) }),
    ];
    expect(sortByUrgency(rows, NOW, nowMs).map((r) => r.issueKey)).toEqual(['A-3', 'A-2', 'A-1']);
  });

  it('orders within a group by what happens soonest, then by key', () => {
    const rows = [
      row({ issueKey: 'B-2', status: 'active', ackDueAt: inMin(9) }),
      row({ issueKey: 'B-1', status: 'active', ackDueAt: inMin(3) }),
      row({ issueKey: 'B-0', status: 'active', ackDueAt: inMin(3) }),
    ];
    expect(sortByUrgency(rows, NOW, nowMs).map((r) => r.issueKey)).toEqual(['B-0', 'B-1', 'B-2']);
  });

  it('counts a breached SLA as at risk and a completed one as not', () => {
    expect(isSlaAtRisk(row({ issueKey: 'C-1', slas: [sla(120, { breached: true })] }), NOW, nowMs)).toBe(true);
    expect(isSlaAtRisk(row({ issueKey: 'C-2', slas: [sla(5, { completed: true })] }), NOW, nowMs)).toBe(false);
    expect(isSlaAtRisk(row({ issueKey: 'C-3', slas: [sla(31)] }), NOW, nowMs)).toBe(false);
    expect(isSlaAtRisk(row({ issueKey: 'C-3', slas: [sla(31)] }), NOW, nowMs + 2 * 60_000)).toBe(true);
  });
});

describe('dashboard filters', () => {
  const rows = [
    row({ issueKey: 'D-1', path: 'technical', level: 1, priority: 'P1', service: 'Payments' }),
    row({ issueKey: 'D-2', path: 'managerial', level: 2, priority: 'P2', service: null }),
  ];
  it('keeps everything without filters', () => {
    expect(filterRows(rows, {})).toHaveLength(2);
  });
  it('matches each filter, and a row without a value never matches a filter on it', () => {
    expect(filterRows(rows, { paths: ['managerial'] }).map((r) => r.issueKey)).toEqual(['D-2']);
    expect(filterRows(rows, { levels: [1], priorities: ['P1'] }).map((r) => r.issueKey)).toEqual(['D-1']);
    expect(filterRows(rows, { services: ['Payments'] }).map((r) => r.issueKey)).toEqual(['D-1']);
  });
});
