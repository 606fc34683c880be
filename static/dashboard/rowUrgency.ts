import type { ActiveEscalationRow } from '../../src/contracts/dashboard.js';
import { slaRemainingAt } from '../shared/serverClock.js';

/** An SLA with less than this left counts as at risk. */
export const SLA_AT_RISK_MS = 30 * 60_000;

export function isUnacknowledged(row: ActiveEscalationRow): boolean {
  return row.status === 'active' && row.ackDueAt !== null;
}

/** The least time any running SLA has left (negative once breached), or null without one. */
export function tightestSlaMs(row: ActiveEscalationRow, serverNow: string, nowMs: number): number | null {
  const running = row.slas.filter((s) => !s.completed);
  if (running.length === 0) return null;
  return Math.min(...running.map((s) => (s.breached ? Math.min(-1, slaRemainingAt(s, serverNow, nowMs)) : slaRemainingAt(s, serverNow, nowMs))));
}

export function isSlaAtRisk(row: ActiveEscalationRow, serverNow: string, nowMs: number): boolean {
  const tightest = tightestSlaMs(row, serverNow, nowMs);
  return tightest !== null && tightest < SLA_AT_RISK_MS;
}

/**
 * Unacknowledged pages first, then SLAs at risk, then the rest; inside each group whatever
 * happens soonest (ack due, next level, SLA breach) comes first, and the issue key breaks ties
 * so rows do not jump around between polls.
 */
export function sortByUrgency(rows: readonly ActiveEscalationRow[], serverNow: string, nowMs: number): ActiveEscalationRow[] {
  const keyed = rows.map((row) => {
    const group = isUnacknowledged(row) ? 0 : isSlaAtRisk(row, serverNow, nowMs) ? 1 : 2;
    const sla = tightestSlaMs(row, serverNow, nowMs);
    const soonest = Math.min(
      row.ackDueAt ? Date.parse(row.ackDueAt) : Infinity,
      row.nextEvaluationAt ? Date.parse(row.nextEvaluationAt) : Infinity,
      sla === null ? Infinity : nowMs + sla,
    );
    return { row, group, soonest };
  });
  keyed.sort((a, b) => a.group - b.group || a.soonest - b.soonest || a.row.issueKey.localeCompare(b.row.issueKey));
  return keyed.map((k) => k.row);
}
