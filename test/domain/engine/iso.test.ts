import { iso } from '../../../src/domain/engine/decisionBuilder.js';

describe('iso', () => {
  test.each([
    0, 951_782_400_000, 951_868_799_999, 1_709_164_800_000, 1_790_000_000_123, 1_798_761_599_999, 4_102_444_800_000, 253_402_300_799_999,
  ])('formats %d exactly as Date#toISOString', (ms) => {
    expect(iso(ms)).toBe(new Date(ms).toISOString());
  });

  it('agrees with Date#toISOString on every minute of a leap year, both sides of midnight', () => {
    const start = Date.parse('2028-01-01T00:00:00.000Z');
    for (let m = 0; m < 366 * 1440; m += 7) {
      const ms = start + m * 60_000 + (m % 1000);
      if (iso(ms) !== new Date(ms).toISOString()) throw new Error(`differs at ${ms}`);
    }
  });
});
