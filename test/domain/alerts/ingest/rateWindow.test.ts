import { takeRate } from '../../../../src/domain/alerts/ingest/rateWindow.js';

const MINUTE_START = Date.parse('2026-11-27T09:00:00Z');
const at = (s: number) => new Date(MINUTE_START + s * 1000);

describe('takeRate', () => {
  test.each([
    ['the first request', { windowStart: 0, count: 0, seq: 7 }, 10, 3, { allowed: true, counter: { windowStart: MINUTE_START, count: 1, seq: 7 } }],
    ['a request under the limit', { windowStart: MINUTE_START, count: 2, seq: 7 }, 10, 3, { allowed: true, counter: { windowStart: MINUTE_START, count: 3, seq: 7 } }],
    ['a request at the limit', { windowStart: MINUTE_START, count: 3, seq: 7 }, 20, 3, { allowed: false, counter: { windowStart: MINUTE_START, count: 3, seq: 7 }, retryAfterSeconds: 40, left: 0 }],
    ['a request in the last second', { windowStart: MINUTE_START, count: 3, seq: 7 }, 59.5, 3, { allowed: false, counter: { windowStart: MINUTE_START, count: 3, seq: 7 }, retryAfterSeconds: 1, left: 0 }],
    ['the next minute', { windowStart: MINUTE_START, count: 3, seq: 7 }, 60, 3, { allowed: true, counter: { windowStart: MINUTE_START + 60_000, count: 1, seq: 7 } }],
  ])('%s', (_what, counter, second, limit, expected) => {
    expect(takeRate(counter, at(second), limit)).toEqual(expected);
  });

  test.each([
    ['alerts that fit count all', 4, 10, { allowed: true, counter: { windowStart: MINUTE_START, count: 9, seq: 7 } }],
    ['alerts that fill the minute exactly', 5, 10, { allowed: true, counter: { windowStart: MINUTE_START, count: 10, seq: 7 } }],
    ['one alert too many refuses the request and counts none', 6, 10, { allowed: false, counter: { windowStart: MINUTE_START, count: 5, seq: 7 }, retryAfterSeconds: 50, left: 5 }],
    ['cost 0 asks for room only and counts nothing', 0, 10, { allowed: true, counter: { windowStart: MINUTE_START, count: 5, seq: 7 } }],
    ['cost 0 with a full minute is refused', 0, 5, { allowed: false, counter: { windowStart: MINUTE_START, count: 5, seq: 7 }, retryAfterSeconds: 50, left: 0 }],
  ])('a request carrying alerts: %s', (_what, cost, limit, expected) => {
    expect(takeRate({ windowStart: MINUTE_START, count: 5, seq: 7 }, at(10), limit, cost)).toEqual(expected);
  });
});
