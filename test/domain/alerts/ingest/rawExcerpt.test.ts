import { RAW_EXCERPT_MAX_BYTES, rawExcerpt } from '../../../../src/domain/alerts/ingest/rawExcerpt.js';

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

describe('rawExcerpt', () => {
  it('returns small payloads as their full JSON', () => {
    expect(rawExcerpt({ a: 1, b: ['x'] })).toBe('{"a":1,"b":["x"]}');
  });

  it('redacts the named keys at any depth', () => {
    expect(rawExcerpt({ routing_key: 'secret', inner: { routing_key: 'also' } }, ['routing_key'])).toBe(
      '{"routing_key":"[redacted]","inner":{"routing_key":"[redacted]"}}',
    );
  });

  test.each([
    ['ASCII', 'x'.repeat(5000)],
    ['two-byte characters', 'é'.repeat(3000)],
    ['emoji (surrogate pairs)', '🚨'.repeat(1000)],
  ])('truncates a large payload of %s to at most 2 KB of UTF-8 and marks it', (_name, text) => {
    const out = rawExcerpt({ text });
    expect(bytes(out)).toBeLessThanOrEqual(RAW_EXCERPT_MAX_BYTES);
    expect(bytes(out)).toBeGreaterThan(RAW_EXCERPT_MAX_BYTES - 8);
    expect(out.endsWith('…[truncated]')).toBe(true);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('represents undefined as null rather than throwing', () => {
    expect(rawExcerpt(undefined)).toBe('null');
  });
});
