import { takeRate } from '../../../../src/domain/alerts/ingest/rateWindow.js';

const MINUTE_START = Date.parse('2026-11-27T09:00:00Z');
const at = (s: number) => new Date(MINUTE_START + s * 1000);

describe('takeRate', () => {
  test.each([
    ['the first request', { windowStart: 0, count: 0, seq: 7 }, 10, 3, { allowed: true, counter: { windowStart: MINUTE_START, count: 1, seq: 7 } }],
    ['a request under the limit', { windowStart: MINUTE_START, count: 2, seq: 7 }, 10, 3, { allowed: true, counter: { windowStart: MINUTE_START, count: 3, seq: 7 } }],
    ['a request at the limit', { windowStart: MINUTE_START, count: 3, seq: 7 }, 20, 3, { allowed: false, counter: { windowStart: MINUTE_START, count: 3, seq: 7 }, retryAfterSeconds: 40 }],
    ['a request in the last second', { windowStart: MINUTE_START, count: 3, seq: 7 }, 59.5, 3, { allowed: false, counter: { windowStart: MINUTE_START, count: 3, seq: 7 }, retryAfterSeconds: 1 }],
    ['the next minute', { windowStart: MINUTE_START, count: 3, seq: 7 }, 60, 3, { allowed: true, counter: { windowStart: MINUTE_START + 60_000, count: 1, seq: 7 } }],
  ])('%s', (_what, counter, second, limit, expected) => {
    expect(takeRate(counter, at(second), limit)).toEqual(expected);
  });
});
