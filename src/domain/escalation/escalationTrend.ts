import type { EscalationState } from '../../contracts/escalationState.js';

export interface TrendDay {
  day: string;
  mttaMinutes: number | null;
  mttrMinutes: number | null;
  incidents: number;
}

const DAY = 86_400_000;

/**
 * Mean time to acknowledge and to resolve, per UTC day on which escalations started, for the
 * `days` days ending with the day of `now`. Acknowledgement and resolution count from the
 * escalation's start (`since`), so MTTA is "time to answer a page".
 *
 * @example escalationTrend(states, Date.parse('2026-11-27T12:00Z'), 7) // 7 points, 21st … 27th
 */
export function escalationTrend(states: readonly EscalationState[], now: number, days: number): TrendDay[] {
  const lastDay = Math.floor(now / DAY);
  const buckets = new Map<number, { ack: number[]; res: number[]; n: number }>();
  for (let d = lastDay - days + 1; d <= lastDay; d++) buckets.set(d, { ack: [], res: [], n: 0 });
  for (const s of states) {
    if (s.since === null) continue;
    const since = Date.parse(s.since);
    const b = buckets.get(Math.floor(since / DAY));
    if (!b) continue;
    b.n++;
    if (s.acknowledgedAt) b.ack.push((Date.parse(s.acknowledgedAt) - since) / 60_000);
    if (s.resolvedAt) b.res.push((Date.parse(s.resolvedAt) - since) / 60_000);
  }
  return [...buckets].map(([d, b]) => ({
    day: new Date(d * DAY).toISOString().slice(0, 10),
    mttaMinutes: mean(b.ack),
    mttrMinutes: mean(b.res),
    incidents: b.n,
  }));
}

function mean(xs: number[]): number | null {
  return xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null;
}
