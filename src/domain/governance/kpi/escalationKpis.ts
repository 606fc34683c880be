import type { KpiFigures } from '../../../contracts/kpiReport.js';

/** What one escalated incident contributes to the KPIs; times in epoch ms. */
export interface KpiIncidentFact {
  key: string;
  priority: string | null;
  startedAt: number;
  acknowledgedAt: number | null;
  resolvedAt: number | null;
  /** The first level's acknowledgement timeout in the policy version the escalation ran under. */
  ackThresholdMs: number;
  slaBreached: boolean;
  /** Null when no post-incident review was opened. */
  pir: { dueAt: number; completedAt: number | null } | null;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const mean = (xs: number[]) => (xs.length === 0 ? null : round1(xs.reduce((a, b) => a + b, 0) / xs.length / 60_000));
const percent = (n: number, d: number) => (d === 0 ? null : round1((n / d) * 100));

/**
 * The escalation KPIs of incidents whose escalation started in [fromMs, toMs), judged at `asOfMs`
 * (a review not yet due is not counted either way). `bypassAttempts` are the access log's
 * tamper reports in the same stretch. Drills must already be left out by the caller.
 *
 * @example escalationKpis([], 0, { fromMs: 0, toMs: 1, asOfMs: 1 }).mttaMinutes // null
 */
export function escalationKpis(facts: readonly KpiIncidentFact[], bypassAttempts: number, w: { fromMs: number; toMs: number; asOfMs: number }): KpiFigures {
  const inside = facts.filter((f) => f.startedAt >= w.fromMs && f.startedAt < w.toMs);
  const byPriority: Record<string, number> = {};
  for (const f of inside) byPriority[f.priority ?? 'none'] = (byPriority[f.priority ?? 'none'] ?? 0) + 1;
  const acked = inside.filter((f) => f.acknowledgedAt !== null);
  const within = acked.filter((f) => f.acknowledgedAt! - f.startedAt <= f.ackThresholdMs).length;
  const due = inside.filter((f) => f.pir !== null && (f.pir.completedAt !== null || f.pir.dueAt <= w.asOfMs));
  const onTime = due.filter((f) => f.pir!.completedAt !== null && f.pir!.completedAt <= f.pir!.dueAt).length;
  return {
    escalations: inside.length,
    byPriority,
    mttaMinutes: mean(acked.map((f) => f.acknowledgedAt! - f.startedAt)),
    mttrMinutes: mean(inside.filter((f) => f.resolvedAt !== null).map((f) => f.resolvedAt! - f.startedAt)),
    slaBreaches: inside.filter((f) => f.slaBreached).length,
    ackedWithinThreshold: within,
    ackedWithinThresholdPercent: percent(within, inside.length),
    bypassAttempts,
    pirsDue: due.length,
    pirsOnTime: onTime,
    pirsOnTimePercent: percent(onTime, due.length),
  };
}
