import { describeUntil, formatDuration } from '../../static/shared/formatDuration.js';

describe('formatDuration', () => {
  test.each([
    [0, '0s'],
    [59_999, '59s'],
    [61_000, '1m 01s'],
    [3_600_000 + 5 * 60_000, '1h 05m'],
    [26 * 3_600_000, '1d 2h'],
    [-61_000, '1m 01s'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('says "in" before the instant and "overdue by" after it', () => {
    expect(describeUntil(10_000, 0)).toBe('in 10s');
    expect(describeUntil(0, 10_000)).toBe('overdue by 10s');
    expect(describeUntil(0, 10_000, 'ago')).toBe('10s ago');
  });
});
