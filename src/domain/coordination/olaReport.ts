import type { OlaOutcome } from '../../contracts/coordination.js';

export interface OlaTeamReport {
  teamId: string;
  clocks: number;
  met: number;
  /** 0..100, one decimal; null with no clocks in the period. */
  metPercent: number | null;
  breaches: Array<{ incidentKey: string; kind: OlaOutcome['kind']; dueAt: string; stoppedAt: string; customerSlaBreached: boolean }>;
  /** Breaches on incidents whose JSM SLA was breached too. */
  breachesWithCustomerSlaBreach: number;
  /** One point per UTC day of the period that had clocks. */
  trend: Array<{ day: string; clocks: number; met: number }>;
}

/**
 * A team's OLA results over a period from the outcomes recorded as clocks stopped.
 *
 * @example 3 clocks, 2 met → metPercent 66.7
 */
export function olaReport(teamId: string, outcomes: readonly OlaOutcome[], fromMs: number, toMs: number): OlaTeamReport {
  const mine = outcomes.filter((o) => o.teamId === teamId && Date.parse(o.stoppedAt) >= fromMs && Date.parse(o.stoppedAt) < toMs)
    .sort((a, b) => a.stoppedAt.localeCompare(b.stoppedAt));
  const met = mine.filter((o) => o.met).length;
  const breaches = mine.filter((o) => !o.met).map((o) => ({ incidentKey: o.incidentKey, kind: o.kind, dueAt: o.dueAt, stoppedAt: o.stoppedAt, customerSlaBreached: o.customerSlaBreached }));
  const days = new Map<string, { clocks: number; met: number }>();
  for (const o of mine) {
    const d = o.stoppedAt.slice(0, 10);
    const v = days.get(d) ?? { clocks: 0, met: 0 };
    v.clocks++;
    if (o.met) v.met++;
    days.set(d, v);
  }
  return {
    teamId, clocks: mine.length, met,
    metPercent: mine.length ? Math.round((met / mine.length) * 1000) / 10 : null,
    breaches,
    breachesWithCustomerSlaBreach: breaches.filter((b) => b.customerSlaBreached).length,
    trend: [...days].map(([day, v]) => ({ day, ...v })),
  };
}
