import type { ClusterProblem } from '../../../contracts/recurrence.js';
import type { RecurrenceDeps } from './recurrenceDeps.js';

/**
 * A systemic problem makes the service's runbooks due for revision at once. A runbook already
 * asked for keeps its earlier request (its due date is the earlier one).
 */
export async function requestRunbookRevision(deps: RecurrenceDeps, problem: ClusterProblem): Promise<number> {
  if (!deps.drills) return 0;
  const at = new Date(deps.clock.now()).toISOString();
  let marked = 0;
  for (const book of await deps.drills.listRunbooks()) {
    if (book.service !== problem.scope || book.revisionRequested !== null) continue;
    await deps.drills.saveRunbook({ ...book, revisionRequested: { by: 'recurrence', at, issueKey: problem.issueKey } });
    marked++;
  }
  return marked;
}
