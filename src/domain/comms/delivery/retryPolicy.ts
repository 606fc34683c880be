export interface RetryPolicy {
  readonly baseMs: number;
  readonly maxDelayMs: number;
  /** Attempts in all, the first send included; after the last one the send is given up. */
  readonly maxAttempts: number;
}

/** 15 s, 30 s, 1 min ... capped at 15 minutes; eight attempts span 15 to 31 minutes of trying. */
export const defaultRetryPolicy: RetryPolicy = { baseMs: 15_000, maxDelayMs: 15 * 60_000, maxAttempts: 8 };
