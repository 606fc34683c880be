import { iso } from '../../../src/domain/escalation/decisionBuilder.js';
import { parseInstant } from '../../../src/domain/escalation/instant.js';

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

describe('parseInstant', () => {
  test.each(['1970-01-01T00:00:00.000Z', '2000-02-29T23:59:59.999Z', '2026-03-29T01:00:00.000Z', '2026-11-27T09:00:00.123Z', '9999-12-31T23:59:59.999Z'])(
    'reads %s exactly as Date.parse does', (s) => {
      expect(parseInstant(s)).toBe(Date.parse(s));
    });

  it('falls back to Date.parse for other ISO forms', () => {
    expect(parseInstant('2026-11-27T10:00:00+01:00')).toBe(Date.parse('2026-11-27T09:00:00.000Z'));
  });

  it('round-trips every 7th minute of a leap year', () => {
    const start = Date.parse('2028-01-01T00:00:00.000Z');
    for (let m = 0; m < 366 * 1440; m += 7) {
      const ms = start + m * 60_000 + (m % 1000);
      if (parseInstant(iso(ms)) !== ms) throw new Error(`differs at ${ms}`);
    }
  });
});
