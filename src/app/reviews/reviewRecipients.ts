import type { Target } from '../../contracts/policy.js';
import type { ReviewRecord } from '../../contracts/reviewRecord.js';
import { resolveTargets } from '../../domain/escalation/resolveTargets.js';
import { engineContext, type Settings } from '../policies/loadSettings.js';

/**
 * Who hears that a review is overdue: the owner and the first level of the incident's policy's
 * managerial path (the executive path's when the managerial one is empty), schedules resolved
 * to whoever is on call at `now`.
 */
export function overdueRecipients(review: ReviewRecord, settings: Settings, now: number): Target[] {
  const policy = settings.policies.find((p) => p.policy.id === review.policyId)?.policy;
  const level = policy?.paths.managerial.levels[0] ?? policy?.paths.executive.levels[0];
  const managers = level ? resolveTargets(level.targets, engineContext(settings), now).targets : [];
  const owner: Target[] = review.ownerAccountId ? [{ type: 'user', accountId: review.ownerAccountId }] : [];
  const all = [...owner, ...managers];
  return all.filter((t, i) => all.findIndex((x) => JSON.stringify(x) === JSON.stringify(t)) === i);
}

