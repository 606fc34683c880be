import type { PathName } from '../../contracts/common.js';
import type { EscalationConfig } from '../../contracts/config.js';
import type { Collector, SimulationInput, SimulationSummary } from './simulation.js';

/** The figures the backtest compares between two policies for one incident. */
export function summarise(out: Collector, input: Pick<SimulationInput, 'incident' | 'responseMetric' | 'resolvedAt'>, config: EscalationConfig): SimulationSummary {
  const levelsReached: Partial<Record<PathName, number>> = {};
  const woken = new Set<string>();
  let personPages = 0;
  for (const p of out.pages) {
    levelsReached[p.path] = Math.max(levelsReached[p.path] ?? 0, p.level);
    personPages += p.accountIds.length + p.groups.length + p.teams.length;
    for (const w of p.woken) woken.add(w.accountId);
  }
  const ack = out.steps.find((s) => s.type === 'acknowledged');
  const acknowledgedAt = ack ? Date.parse(ack.at) : null;
  const metric = input.responseMetric ?? config.slaMetrics[0] ?? 'Time to first response';
  const goal = input.incident.slaGoals.find((g) => g.metric === metric);
  const breachedResponse = goal !== undefined && (acknowledgedAt ?? input.resolvedAt ?? Infinity) > input.incident.createdAt + goal.goalMs;
  return {
    pages: out.pages.length, personPages, firstPageAt: out.pages[0]?.at ?? null, acknowledgedAt, levelsReached,
    woken: [...woken].sort(), breachedResponse,
  };
}
