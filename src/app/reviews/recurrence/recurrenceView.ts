import type { RecurrenceView, RunbookRevisionView } from '../../../contracts/recurrence.js';
import { clusterViews } from '../../../domain/reviews/recurrence/clusterViews.js';
import { runbookRevisionDue } from '../../../domain/reviews/recurrence/runbookRevisionDue.js';
import { authorizeSiteAction } from '../../access/authorize.js';
import type { Actor } from '../../shared/actor.js';
import type { Deps } from '../../shared/deps.js';
import { namesOf } from '../reviewView.js';
import { recurrenceDeps, recurrenceSettingsOrDefault } from './recurrenceDeps.js';

/**
 * The Recurrence page: clusters of related escalated incidents with their problems, and every
 * runbook's revision due date. Readers of policies may look, as on the review pages.
 */
export async function recurrenceView(deps: Deps, actor: Actor): Promise<RecurrenceView> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getRecurrence');
  const rd = recurrenceDeps(deps);
  const store = rd.reviews.recurrence;
  const [settings, { members, quarantined }, problems, books] = await Promise.all([
    recurrenceSettingsOrDefault(store), store.listMembers(), store.listProblems(), deps.drills?.listRunbooks() ?? Promise.resolve([]),
  ]);
  const now = deps.clock.now();
  const names = await namesOf(deps, books.map((b) => b.ownerAccountId));
  const runbooks: RunbookRevisionView[] = books.map((b) => {
    const due = runbookRevisionDue(b, settings.runbookRevisionMonths);
    return {
      service: b.service, path: b.path, level: b.level, url: b.url, ownerAccountId: b.ownerAccountId, ownerName: names.get(b.ownerAccountId) ?? null,
      lastRevisedAt: b.lastRevisedAt, dueAt: new Date(due.dueAtMs).toISOString(), reason: due.reason, overdue: due.dueAtMs <= now,
    };
  }).sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  return { settings, clusters: clusterViews(members, problems, settings, now), runbooks, quarantined: quarantined.length, now: new Date(now).toISOString() };
}
