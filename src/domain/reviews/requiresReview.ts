import type { PathName, Priority } from '../../contracts/common.js';
import type { ReviewSettings } from '../../contracts/reviewSettings.js';

/** What the rule looks at in a resolved incident. */
export interface ReviewFacts {
  /** Whether the incident was ever escalated (triggered or escalated by hand). */
  escalated: boolean;
  priority: Priority | null;
  pathsReached: readonly PathName[];
  service: string | null;
}

export type ReviewRequirement = { required: true; reason: string } | { required: false; reason: string };

/**
 * Whether a resolved incident needs a post-incident review, and why in words for the log.
 *
 * @example requiresReview(defaultReviewSettings, { escalated: true, priority: 'P1', pathsReached: ['technical'], service: null })
 *   // → { required: true, reason: 'escalated at P1' }
 */
export function requiresReview(settings: ReviewSettings, facts: ReviewFacts): ReviewRequirement {
  if (!settings.enabled) return { required: false, reason: 'post-incident reviews are turned off' };
  if (!facts.escalated) return { required: false, reason: 'never escalated' };
  if (settings.services.length > 0 && (facts.service === null || !settings.services.includes(facts.service))) {
    return { required: false, reason: `service ${facts.service ?? '(none)'} does not require reviews` };
  }
  if (facts.priority !== null && settings.priorities.includes(facts.priority)) return { required: true, reason: `escalated at ${facts.priority}` };
  const path = settings.paths.find((p) => facts.pathsReached.includes(p));
  if (path) return { required: true, reason: `reached the ${path} path` };
  return { required: false, reason: `${facts.priority ?? 'no priority'} on the ${facts.pathsReached.join(', ') || 'no'} path needs no review` };
}
