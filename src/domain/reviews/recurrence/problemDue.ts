import type { ClusterProblem, RecurrenceMember, RecurrenceSettings } from '../../../contracts/recurrence.js';

const DAY_MS = 86_400_000;

export type ProblemStep =
  | { kind: 'none' }
  /** Open the problem for these incidents (the cluster's, within the window). */
  | { kind: 'open'; incidents: string[] }
  /** The problem exists; link these members that joined (or failed to link) since. */
  | { kind: 'link'; incidents: string[] };

/**
 * What a cluster needs now: a problem once `threshold` of its incidents resolved within the
 * window ending `now`, and, once it has one, every member linked to it (later recurrences too,
 * whatever their age).
 *
 * @example problemDue(threeMembersThisMonth, null, defaultRecurrenceSettings, now) // => { kind: 'open', incidents: ['ITOPS-2', 'ITOPS-5', 'ITOPS-9'] }
 */
export function problemDue(
  members: readonly RecurrenceMember[], problem: ClusterProblem | null, settings: Pick<RecurrenceSettings, 'enabled' | 'threshold' | 'windowDays'>, now: number,
): ProblemStep {
  const keys = [...members].sort((a, b) => a.at.localeCompare(b.at) || a.incidentKey.localeCompare(b.incidentKey)).map((m) => m.incidentKey);
  if (problem) {
    const missing = keys.filter((k) => !problem.linked.includes(k));
    return missing.length ? { kind: 'link', incidents: missing } : { kind: 'none' };
  }
  if (!settings.enabled) return { kind: 'none' };
  const since = now - settings.windowDays * DAY_MS;
  const recent = members.filter((m) => Date.parse(m.at) >= since && Date.parse(m.at) <= now);
  if (recent.length < settings.threshold) return { kind: 'none' };
  return { kind: 'open', incidents: keys.filter((k) => recent.some((m) => m.incidentKey === k)) };
}
