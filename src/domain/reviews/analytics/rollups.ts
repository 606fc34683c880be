import type { LevelCounters, LevelEffectiveness, MonthRollup, PathEffectiveness } from '../../../contracts/pathRollup.js';
import type { Contribution } from './incidentContribution.js';

/** The month's rollup with one escalation added; a drill only counts as a drill. */
export function addContribution(r: MonthRollup, c: Contribution): MonthRollup {
  if (c.drill) return { ...r, drills: r.drills + 1 };
  const levels = { ...r.levels };
  for (const [k, v] of c.levels) levels[k] = addCounters(levels[k], v);
  return {
    ...r,
    incidents: r.incidents + 1,
    acked: r.acked + (c.ackMs === null ? 0 : 1),
    ackMsSum: r.ackMsSum + (c.ackMs ?? 0),
    resolved: r.resolved + (c.resolveMs === null ? 0 : 1),
    resolveMsSum: r.resolveMsSum + (c.resolveMs ?? 0),
    levels,
  };
}

/** Path effectiveness over the months given (`from`..`to` inclusive, YYYY-MM). */
export function pathEffectiveness(rollups: readonly MonthRollup[], from: string, to: string): PathEffectiveness {
  const inRange = rollups.filter((r) => r.month >= from && r.month <= to);
  const total = inRange.reduce((a, r) => addMonth(a, r), { ...emptyTotals(), levels: {} as MonthRollup['levels'] });
  const levels: LevelEffectiveness[] = Object.entries(total.levels).map(([k, v]) => {
    const [policyId = '-', path = '-', level = '0'] = k.split('|');
    return {
      policyId, path, level: Number(level), paged: v.paged, acked: v.acked, shareAcked: v.paged ? v.acked / v.paged : 0,
      meanTimeToAckMs: v.acked ? v.ackMsSum / v.acked : null, wastedPages: v.wastedPages,
      timeoutEscalations: v.timeoutEscalations, manualEscalations: v.manualEscalations,
    };
  }).sort((a, b) => a.policyId.localeCompare(b.policyId) || a.path.localeCompare(b.path) || a.level - b.level);
  return {
    from, to, incidents: total.incidents, drillsExcluded: total.drills,
    mttaMs: total.acked ? total.ackMsSum / total.acked : null,
    mttrMs: total.resolved ? total.resolveMsSum / total.resolved : null,
    levels,
  };
}

function emptyTotals() {
  return { incidents: 0, acked: 0, ackMsSum: 0, resolved: 0, resolveMsSum: 0, drills: 0 };
}

function addMonth(a: ReturnType<typeof emptyTotals> & { levels: MonthRollup['levels'] }, r: MonthRollup) {
  const levels = { ...a.levels };
  for (const [k, v] of Object.entries(r.levels)) levels[k] = addCounters(levels[k], v);
  return { incidents: a.incidents + r.incidents, acked: a.acked + r.acked, ackMsSum: a.ackMsSum + r.ackMsSum, resolved: a.resolved + r.resolved,
    resolveMsSum: a.resolveMsSum + r.resolveMsSum, drills: a.drills + r.drills, levels };
}

function addCounters(a: LevelCounters | undefined, b: LevelCounters): LevelCounters {
  if (!a) return { ...b };
  return { paged: a.paged + b.paged, acked: a.acked + b.acked, ackMsSum: a.ackMsSum + b.ackMsSum, wastedPages: a.wastedPages + b.wastedPages,
    timeoutEscalations: a.timeoutEscalations + b.timeoutEscalations, manualEscalations: a.manualEscalations + b.manualEscalations };
}
