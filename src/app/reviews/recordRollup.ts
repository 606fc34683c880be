import { emptyRollup } from '../../contracts/pathRollup.js';
import type { EscalationState } from '../../contracts/escalationState.js';
import { incidentContribution } from '../../domain/reviews/analytics/incidentContribution.js';
import { addContribution } from '../../domain/reviews/analytics/rollups.js';
import type { Deps } from '../shared/deps.js';

/**
 * Adds a resolved escalation to its month's path-effectiveness rollup, once per escalation
 * episode (claimed by key, so duplicate events and retries add nothing). The month record is
 * read, changed and written back: two escalations resolving in the same instant on different
 * invocations can lose one addition, which the figures tolerate better than a read of every event.
 * Drills are counted apart when the caller says the escalation was one.
 */
export async function recordRollup(deps: Deps, incidentKey: string, state: EscalationState | null, drill = false): Promise<boolean> {
  if (!deps.reviews || state?.status !== 'resolved' || state.resolvedAt === null) return false;
  const key = `rollup:${incidentKey}:${state.episode}`;
  if (!(await deps.store.claimIntent(key, 300))) return false;
  try {
    const contribution = incidentContribution(await deps.store.listEvents(incidentKey), drill);
    if (contribution) {
      const current = (await deps.reviews.store.getRollup(contribution.month)) ?? emptyRollup(contribution.month);
      await deps.reviews.store.saveRollup(addContribution(current, contribution));
    }
    await deps.store.completeIntent(key);
    return contribution !== null;
  } catch (e) {
    await deps.store.releaseIntent(key);
    throw e;
  }
}
