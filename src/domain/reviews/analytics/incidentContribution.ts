import type { EventLogEntry } from '../../../contracts/events.js';
import type { LevelCounters } from '../../../contracts/pathRollup.js';

/** What one resolved escalation adds to its month's rollup. */
export interface Contribution {
  month: string;
  drill: boolean;
  ackMs: number | null;
  resolveMs: number | null;
  levels: Map<string, LevelCounters>;
}

const zero = (): LevelCounters => ({ paged: 0, acked: 0, ackMsSum: 0, wastedPages: 0, timeoutEscalations: 0, manualEscalations: 0 });
const PAGES = new Set<EventLogEntry['type']>(['paged', 'levelChanged', 'repeated', 'backupPaged']);

export const levelKey = (policyId: string | null, path: string | null, level: number | null) => `${policyId ?? '-'}|${path ?? '-'}|${level ?? 0}`;

/**
 * An escalation's contribution from its recorded events, or null when it never started.
 * A level's page follows a `manualEscalation` at the same instant when someone escalated by
 * hand; any other arrival at level 2 or later is the previous level's timeout. Wasted pages are
 * the pages levels sent before the level that acknowledged; with no acknowledgement none are
 * counted as wasted (nobody answered at all, which the share acknowledged shows).
 *
 * @example triggered, L1 paged, L1 repeated, L2 paged (timeout), L2 acknowledged at +35 min →
 *   L1 {paged 1, wasted 2}, L2 {paged 1, acked 1, ackMsSum 35 min, timeout 1}
 */
export function incidentContribution(events: readonly EventLogEntry[], drill = false): Contribution | null {
  const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq);
  const start = ordered.find((e) => e.type === 'triggered' || e.type === 'manualEscalation');
  if (!start) return null;
  const startMs = Date.parse(start.at);
  const levels = new Map<string, LevelCounters>();
  const get = (k: string) => { let c = levels.get(k); if (!c) { c = zero(); levels.set(k, c); } return c; };
  const ack = ordered.find((e) => e.type === 'acknowledged');
  const ackKey = ack ? levelKey(ack.policyId, ack.path, ack.level) : null;
  const pagedLevels = new Set<string>();
  let lastManualAt: string | null = null;
  for (const e of ordered) {
    if (e.type === 'manualEscalation') lastManualAt = e.at;
    if (!PAGES.has(e.type)) continue;
    const k = levelKey(e.policyId, e.path, e.level);
    const c = get(k);
    if ((e.type === 'paged' || e.type === 'levelChanged') && !pagedLevels.has(k)) {
      pagedLevels.add(k);
      c.paged++;
      if (lastManualAt === e.at) c.manualEscalations++;
      else if ((e.level ?? 1) > 1) c.timeoutEscalations++;
    }
    if (ack && k !== ackKey && e.at <= ack.at) c.wastedPages++;
  }
  const ackMs = ack ? Date.parse(ack.at) - startMs : null;
  if (ack && ackKey) {
    const c = get(ackKey);
    c.acked++;
    c.ackMsSum += ackMs!;
  }
  const resolved = ordered.find((e) => e.type === 'resolved');
  return { month: start.at.slice(0, 7), drill, ackMs, resolveMs: resolved ? Date.parse(resolved.at) - startMs : null, levels };
}
