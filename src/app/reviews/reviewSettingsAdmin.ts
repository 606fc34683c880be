import { ReviewSettingsSchema, type ReviewSettings } from '../../contracts/reviewSettings.js';
import { fromZodIssues } from '../../domain/shared/fieldError.js';
import { authorizeSiteAction } from '../access/authorize.js';
import { recordAdminChange } from '../access/recordAdminChange.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import { reviewDeps } from './loadReview.js';
import { reviewSettingsOrDefault } from './reviewSettingsOrDefault.js';

/** Which resolved escalations need a review, where reviews go and their timing (readers of policies may look). */
export async function getReviewSettings(deps: Deps, actor: Actor): Promise<ReviewSettings> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getReviewSettings');
  return reviewSettingsOrDefault(reviewDeps(deps).reviews.store);
}

/** Replaces the review settings (policy admins only); the change and its reason are access-logged. */
export async function saveReviewSettings(deps: Deps, actor: Actor, input: unknown, reason: string): Promise<ReviewSettings> {
  await authorizeSiteAction(deps, actor, 'editPolicies', 'saveReviewSettings');
  const r = ReviewSettingsSchema.safeParse(input);
  if (!r.success) {
    const fields = fromZodIssues(r.error.issues, ['settings']);
    throw new AppError('INVALID', `review settings: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
  }
  await reviewDeps(deps).reviews.store.saveSettings(r.data);
  await recordAdminChange(deps, actor, 'saveReviewSettings', null, reason);
  return r.data;
}
