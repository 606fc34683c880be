import type { ClusterProblem, ClusterView, RecurrenceMember, RecurrenceSettings, Trend } from '../../../contracts/recurrence.js';

const DAY_MS = 86_400_000;

/**
 * The clusters that recur (two incidents or more), with counts over 30 and 90 days and the
 * window, and the trend of the last 30 days against the 30 before; most incidents in the
 * window first, then the most recent.
 *
 * @example clusterViews(members, [], defaultRecurrenceSettings, Date.parse('2026-12-04T12:00:00Z'))[0].last30Days // => 3
 */
export function clusterViews(
  members: readonly RecurrenceMember[], problems: readonly ClusterProblem[], settings: Pick<RecurrenceSettings, 'windowDays'>, now: number,
): ClusterView[] {
  const byCluster = new Map<string, RecurrenceMember[]>();
  for (const m of members) byCluster.set(m.clusterId, [...(byCluster.get(m.clusterId) ?? []), m]);
  const within = (list: RecurrenceMember[], fromDays: number, toDays = 0) =>
    list.filter((m) => { const age = now - Date.parse(m.at); return age >= toDays * DAY_MS && age < fromDays * DAY_MS; }).length;
  const views: ClusterView[] = [];
  for (const [id, list] of byCluster) {
    if (list.length < 2) continue;
    const sorted = [...list].sort((a, b) => a.at.localeCompare(b.at) || a.incidentKey.localeCompare(b.incidentKey));
    const last30 = within(sorted, 30);
    const before = within(sorted, 60, 30);
    const trend: Trend = last30 > before ? 'rising' : last30 < before ? 'falling' : 'steady';
    const problem = problems.find((p) => p.clusterId === id) ?? null;
    views.push({
      id, scope: sorted[0]!.scope, title: sorted[0]!.summary,
      last30Days: last30, last90Days: within(sorted, 90), inWindow: within(sorted, settings.windowDays), trend,
      lastAt: sorted[sorted.length - 1]!.at,
      incidents: sorted.map((m) => ({ key: m.incidentKey, summary: m.summary, at: m.at, matchedBy: m.matchedBy })),
      problem: problem && { issueKey: problem.issueKey, openedAt: problem.openedAt, linked: problem.linked.length },
    });
  }
  return views.sort((a, b) => b.inWindow - a.inWindow || b.lastAt.localeCompare(a.lastAt));
}
