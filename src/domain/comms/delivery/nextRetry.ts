import { fnv1a64 } from '../../shared/fnv1a64.js';
import { defaultRetryPolicy, type RetryPolicy } from './retryPolicy.js';

/**
 * A number in [0, 1) fixed by the key and attempt, standing in for Math.random so a replayed
 * decision yields the same time while different sends still spread out.
 */
function unitJitter(key: string, attempt: number): number {
  // The top 53 bits are exactly representable as a double.
  return Number(BigInt(`0x${fnv1a64(`${key}#${attempt}`)}`) >> 11n) / 2 ** 53;
}

export interface RetryOptions {
  readonly policy?: RetryPolicy;
  /** A provider's Retry-After (e.g. on 429), honoured as a floor. */
  readonly retryAfterMs?: number;
}

/**
 * When to try a failed send again, after `attempt` failed attempts (1 after the first), or null
 * to give up. Exponential backoff with "equal jitter": between half and all of the step's delay.
 *
 * @example
 * nextRetry(1, new Date('2026-11-27T09:00:00Z'), 'ITOPS-7/comms/x@1/responders/sms/ab/e1')
 * // => a Date between 09:00:07.5Z and 09:00:15Z, the same one every time for that key
 */
export function nextRetry(attempt: number, now: Date, idempotencyKey: string, options: RetryOptions = {}): Date | null {
  const policy = options.policy ?? defaultRetryPolicy;
  if (!Number.isInteger(attempt) || attempt < 1) throw new RangeError('attempt must be a whole number of 1 or more');
  if (attempt >= policy.maxAttempts) return null;
  const step = Math.min(policy.maxDelayMs, policy.baseMs * 2 ** (attempt - 1));
  const delay = Math.max(Math.round(step / 2 + (step / 2) * unitJitter(idempotencyKey, attempt)), options.retryAfterMs ?? 0);
  return new Date(now.getTime() + delay);
}
