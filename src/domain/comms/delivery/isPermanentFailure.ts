/**
 * Whether a delivery failed for good: a 4xx means the request itself is wrong (bad number,
 * revoked webhook) and resending it cannot help, except 408 (timeout) and 429 (rate limit),
 * which ask to come back later. 5xx, network errors (status 0) and anything else are retried.
 *
 * @example
 * isPermanentFailure(404) // => true
 * isPermanentFailure(429) // => false
 */
export function isPermanentFailure(status: number): boolean {
  return status >= 400 && status < 500 && status !== 408 && status !== 429;
}
