import type { DrillRecord, DrillSummary, DrillsView } from '../../../contracts/drills.js';
import type { EventLogEntry } from '../../../contracts/events.js';
import type { Policy } from '../../../contracts/policy.js';
import type { Schedule } from '../../oncall/schedule.js';
import { scoreDrill } from './scoreDrill.js';

const mean = (xs: number[]): number | null => (xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10 : null);

/**
 * Drill figures on their own (never mixed with production): each drill's MTTA/MTTR, MTTA per
 * participant (who acknowledged) and per level, and the trend over time, oldest first.
 * `policies` is keyed `id@version`, the version each drill ran.
 */
export function drillStats(
  drills: readonly DrillRecord[], events: ReadonlyMap<string, readonly EventLogEntry[]>, policies: ReadonlyMap<string, Policy | null>,
  schedules: ReadonlyMap<string, Schedule>, now: number,
): Pick<DrillsView, 'byParticipant' | 'byLevel' | 'trend'> & { summaries: DrillSummary[] } {
  const byPerson = new Map<string, { drills: Set<string>; acks: number[] }>();
  const byLevel = new Map<string, { path: string; level: number; hops: number; acks: number[] }>();
  const rows = [...drills].sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt)).map((d) => {
    const policy = policies.get(`${d.policyId}@${d.policyVersion}`);
    const score = policy ? scoreDrill({ drill: d, events: events.get(d.issueKey) ?? [], policy, schedules }, now) : null;
    for (const h of score?.hops ?? []) {
      if (h.outcome === 'skipped') continue;
      const lk = `${h.path}.${h.level}`;
      const l = byLevel.get(lk) ?? { path: h.path, level: h.level, hops: 0, acks: [] };
      l.hops += 1;
      if (h.ackMinutes !== null) l.acks.push(h.ackMinutes);
      byLevel.set(lk, l);
      if (h.ackedBy && h.ackMinutes !== null) {
        const p = byPerson.get(h.ackedBy) ?? { drills: new Set(), acks: [] };
        p.drills.add(d.issueKey);
        p.acks.push(h.ackMinutes);
        byPerson.set(h.ackedBy, p);
      }
    }
    const summary: DrillSummary = {
      issueKey: d.issueKey, programmeId: d.programmeId, policyId: d.policyId, status: d.status, startedAt: d.startedAt, endedAt: d.endedAt,
      endReason: d.endReason, mttaMinutes: score?.mttaMinutes ?? null, mttrMinutes: score?.mttrMinutes ?? null, findings: d.findings.length,
      missedThresholds: score?.missedThresholds ?? 0,
    };
    return summary;
  });
  return {
    summaries: [...rows].reverse(),
    byParticipant: [...byPerson].map(([accountId, p]) => ({ accountId, displayName: accountId, drills: p.drills.size, mttaMinutes: mean(p.acks) }))
      .sort((a, b) => a.accountId.localeCompare(b.accountId)),
    byLevel: [...byLevel.values()].map((l) => ({ path: l.path, level: l.level, hops: l.hops, mttaMinutes: mean(l.acks) }))
      .sort((a, b) => a.path.localeCompare(b.path) || a.level - b.level),
    trend: rows.filter((r) => r.status === 'ended').map((r) => ({ at: r.startedAt, issueKey: r.issueKey, mttaMinutes: r.mttaMinutes, mttrMinutes: r.mttrMinutes })),
  };
}
