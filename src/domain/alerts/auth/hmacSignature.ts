import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** Signed requests older or newer than this are refused, so a captured request cannot be replayed later. */
export const REPLAY_WINDOW_MS = 5 * 60_000;

/**
 * The signature a sender computes: lower-case hex HMAC-SHA256, keyed with the integration's
 * secret, over `${timestamp}.${body}` where `timestamp` is the X-Signature-Timestamp header
 * verbatim (Unix seconds) and `body` the raw request body. Binding the timestamp into the MAC
 * is what stops a replay with a fresh timestamp.
 *
 * @example
 * hmacSignature('s3cret…', '1795770000', '{"a":1}') // => '5d2f…' (64 hex digits)
 */
export function hmacSignature(secret: string, timestamp: string, body: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${body}`, 'utf8').digest('hex');
}

/**
 * Constant-time string comparison. Both sides are hashed first so the buffers given to
 * `timingSafeEqual` always have equal length, and the time taken reveals neither the
 * expected value nor its length.
 */
export function safeEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest();
  const b = createHash('sha256').update(expected, 'utf8').digest();
  return timingSafeEqual(a, b);
}

/** Whether a Unix-seconds timestamp header lies within ±5 minutes of `now`. */
export function withinReplayWindow(timestamp: string, now: Date): boolean {
  if (!/^\d{1,12}$/.test(timestamp)) return false;
  return Math.abs(Number(timestamp) * 1000 - now.getTime()) <= REPLAY_WINDOW_MS;
}
