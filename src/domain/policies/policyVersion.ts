import { addMonths } from 'date-fns';
import type { Policy } from '../../contracts/policy.js';
import type { PolicyVersionRecord } from './versionedPolicy.js';

/**
 * Builds the record for the next version of a policy. The threshold review falls due
 * `reviewIntervalMonths` after the save (quarterly by default): every save is a review.
 */
export function nextPolicyVersion(policy: Policy, previousVersion: number, author: string, reason: string, now: number): PolicyVersionRecord {
  return {
    policy,
    version: previousVersion + 1,
    author,
    savedAt: new Date(now).toISOString(),
    reason,
    reviewDueAt: addMonths(new Date(now), policy.reviewIntervalMonths).toISOString(),
  };
}

/** Overdue once the due date has passed. */
export function isReviewOverdue(record: PolicyVersionRecord, now: number): boolean {
  return Date.parse(record.reviewDueAt) < now;
}
