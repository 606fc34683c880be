import { createHmac } from 'node:crypto';
import { hmacSignature, safeEqual, withinReplayWindow } from '../../../../src/domain/alerts/auth/hmacSignature.js';

const NOW = new Date('2026-11-27T09:00:00Z');
const NOW_S = NOW.getTime() / 1000;

describe('hmacSignature', () => {
  it('is the hex HMAC-SHA256 of "<timestamp>.<body>"', () => {
    const expected = createHmac('sha256', 'k'.repeat(32)).update(`${NOW_S}.{"a":1}`).digest('hex');
    expect(hmacSignature('k'.repeat(32), String(NOW_S), '{"a":1}')).toBe(expected);
  });
  it('changes with the timestamp, so an old signature cannot be replayed with a fresh time', () => {
    expect(hmacSignature('k'.repeat(32), String(NOW_S), 'b')).not.toBe(hmacSignature('k'.repeat(32), String(NOW_S + 1), 'b'));
  });
});

describe('safeEqual', () => {
  test.each([
    ['abc', 'abc', true],
    ['abc', 'abd', false],
    ['abc', 'abcd', false],
    ['', '', true],
  ])('%j vs %j → %s', (a, b, expected) => expect(safeEqual(a, b)).toBe(expected));
});

describe('withinReplayWindow', () => {
  test.each([
    ['now', String(NOW_S), true],
    ['5 minutes ago', String(NOW_S - 300), true],
    ['5 minutes and 1 s ago', String(NOW_S - 301), false],
    ['5 minutes and 1 s ahead', String(NOW_S + 301), false],
    ['milliseconds instead of seconds', String(NOW.getTime()), false],
    ['not a number', '12:00', false],
    ['negative', '-1', false],
    ['empty', '', false],
  ])('a timestamp %s → %s', (_what, ts, expected) => expect(withinReplayWindow(ts, NOW)).toBe(expected));
});
