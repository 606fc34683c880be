import type { CommunicationRecord } from '../../../contracts/comms.js';
import { isPermanentFailure } from '../../../domain/comms/delivery/isPermanentFailure.js';
import { nextRetry } from '../../../domain/comms/delivery/nextRetry.js';
import type { SendAttemptOutcome } from './deliver.js';

/**
 * The send record after attempt number `attempts`: sent, retrying (with the next try from
 * the backoff, never before a Retry-After), or failed for good when the failure is permanent
 * or the attempts are used up.
 */
export function recordAfterAttempt(before: CommunicationRecord, outcome: SendAttemptOutcome, attempts: number, now: number): CommunicationRecord {
  const at = new Date(now).toISOString();
  if (outcome.ok) return { ...before, status: 'sent', attempts, lastError: null, sentAt: at, nextAttemptAt: null };
  const failed = { ...before, attempts, lastError: outcome.error, sentAt: at };
  if (outcome.permanent || isPermanentFailure(outcome.status)) {
    return { ...failed, status: 'failed', lastError: `${outcome.error} (permanent, not retried)`, nextAttemptAt: null };
  }
  const next = nextRetry(attempts, new Date(now), before.id, outcome.retryAfterMs === undefined ? {} : { retryAfterMs: outcome.retryAfterMs });
  if (next === null) return { ...failed, status: 'failed', nextAttemptAt: null };
  return { ...failed, status: 'retrying', nextAttemptAt: next.toISOString() };
}
