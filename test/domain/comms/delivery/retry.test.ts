import { isPermanentFailure } from '../../../../src/domain/comms/delivery/isPermanentFailure.js';
import { nextRetry } from '../../../../src/domain/comms/delivery/nextRetry.js';
import { defaultRetryPolicy } from '../../../../src/domain/comms/delivery/retryPolicy.js';

const now = new Date('2026-11-27T09:00:00.000Z');
const key = 'ITOPS-7/comms/default-responders-sms@1/responders/sms/af63dc4c8601ec8c/e1%2Ftechnical%2FL1%2Fr0';
const delayOf = (at: Date | null): number | null => (at === null ? null : at.getTime() - now.getTime());

describe('nextRetry', () => {
  test.each([
    [1, 15_000],
    [2, 30_000],
    [3, 60_000],
    [4, 120_000],
    [6, 480_000],
    [7, 900_000],
  ])('after %i failed attempts waits between half and all of %i ms', (attempt, step) => {
    const delay = delayOf(nextRetry(attempt, now, key));
    expect(delay).toBeGreaterThanOrEqual(step / 2);
    expect(delay).toBeLessThanOrEqual(step);
  });

  it('gives the same time for the same key and attempt', () => {
    expect(nextRetry(3, now, key)).toEqual(nextRetry(3, now, key));
  });

  it('spreads different sends of the same attempt apart', () => {
    const delays = new Set(['a', 'b', 'c', 'd', 'e'].map((k) => delayOf(nextRetry(5, now, `${key}/${k}`))));
    expect(delays.size).toBe(5);
  });

  it('gives up once the policy has no attempts left', () => {
    expect(nextRetry(defaultRetryPolicy.maxAttempts, now, key)).toBeNull();
  });

  it('caps the delay, however many attempts a policy allows', () => {
    const policy = { baseMs: 1000, maxDelayMs: 60_000, maxAttempts: 100 };
    expect(delayOf(nextRetry(50, now, key, { policy }))).toBeLessThanOrEqual(60_000);
  });

  it("waits at least a provider's Retry-After", () => {
    expect(delayOf(nextRetry(1, now, key, { retryAfterMs: 120_000 }))).toBe(120_000);
  });

  test.each([0, -1, 1.5])('refuses attempt %s', (attempt) => {
    expect(() => nextRetry(attempt, now, key)).toThrow('attempt must be a whole number of 1 or more');
  });
});

describe('isPermanentFailure', () => {
  test.each([
    [400, true],
    [401, true],
    [403, true],
    [404, true],
    [410, true],
    [499, true],
    [408, false],
    [429, false],
    [500, false],
    [502, false],
    [503, false],
    [0, false],
    [200, false],
  ])('status %i is permanent: %s', (status, permanent) => {
    expect(isPermanentFailure(status)).toBe(permanent);
  });
});
