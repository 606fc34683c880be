import type { PathEffectiveness } from '../../contracts/pathRollup.js';
import { pathEffectiveness } from '../../domain/reviews/analytics/rollups.js';
import { authorizeSiteAction } from '../access/authorize.js';
import type { Actor } from '../shared/actor.js';
import type { Deps } from '../shared/deps.js';
import { reviewDeps } from './loadReview.js';

/** Path effectiveness for the months asked for, from the month rollups only (never the raw events). */
export async function pathEffectivenessView(deps: Deps, actor: Actor, from: string, to: string): Promise<PathEffectiveness> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getPathEffectiveness');
  return pathEffectiveness(await reviewDeps(deps).reviews.store.listRollups(from, to), from, to);
}
