import type { RecurrenceMember } from '../../../contracts/recurrence.js';
import type { Deps } from '../../shared/deps.js';
import { advanceProblem } from './advanceProblem.js';
import { hasRecurrence, recurrenceSettingsOrDefault } from './recurrenceDeps.js';

export interface RecurrenceSweepReport {
  clusters: number;
  opened: string[];
  failed: Array<{ key: string; error: string }>;
  quarantined: Array<{ key: string; error: string }>;
}

/**
 * The safety net behind recording at resolution: every cluster of two or more is given its
 * due step, so a problem whose opening failed (Jira down) or whose links failed is finished by
 * the next sweep. Clusters with nothing due cost one problem read each.
 */
export async function sweepRecurrence(deps: Deps): Promise<RecurrenceSweepReport> {
  const report: RecurrenceSweepReport = { clusters: 0, opened: [], failed: [], quarantined: [] };
  if (!hasRecurrence(deps)) return report;
  const store = deps.reviews.recurrence;
  const [settings, { members, quarantined }] = await Promise.all([recurrenceSettingsOrDefault(store), store.listMembers()]);
  report.quarantined = quarantined;
  const byCluster = new Map<string, RecurrenceMember[]>();
  for (const m of members) byCluster.set(m.clusterId, [...(byCluster.get(m.clusterId) ?? []), m]);
  for (const [id, cluster] of byCluster) {
    if (cluster.length < 2) continue;
    report.clusters++;
    try {
      const outcome = await advanceProblem(deps, cluster, settings);
      if (outcome.kind === 'opened') report.opened.push(outcome.problem.issueKey);
      if (outcome.kind === 'failed') report.failed.push({ key: id, error: outcome.error });
    } catch (e) {
      report.failed.push({ key: id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return report;
}
