import { fingerprint } from '../../../../src/domain/alerts/ingest/fingerprint.js';

describe('fingerprint', () => {
  it('is the same whatever the order of the keys', () => {
    expect(fingerprint({ alertname: 'HighLatency', job: 'api', env: 'prod' })).toBe(fingerprint({ env: 'prod', job: 'api', alertname: 'HighLatency' }));
  });

  it('is a documented fixed value for a fixed input, so stored keys stay valid across releases', () => {
    expect(fingerprint({})).toBe('fp1:' + fnv1a64('[]'));
    expect(fingerprint({ a: 'b' })).toBe('fp1:' + fnv1a64('[["a","b"]]'));
  });

  test.each([
    ['value case', { job: 'API' }, { job: 'api' }],
    ['key case', { Job: 'api' }, { job: 'api' }],
    ['an extra label', { job: 'api', env: 'prod' }, { job: 'api' }],
    ['a comma in a value versus two labels', { a: 'b,c=' }, { a: 'b', c: '' }],
  ])('differs on %s', (_name, left, right) => {
    expect(fingerprint(left)).not.toBe(fingerprint(right));
  });

  it('leaves out undefined and null parts, so an absent optional field changes nothing', () => {
    expect(fingerprint({ title: 'CPU', host: undefined, group: null })).toBe(fingerprint({ title: 'CPU' }));
  });

  it('has the form fp1: and 16 hex digits', () => {
    expect(fingerprint({ x: 'é🚨' })).toMatch(/^fp1:[0-9a-f]{16}$/);
  });
});

// An independent reference: 64-bit FNV-1a over UTF-8, written out from the published constants.
function fnv1a64(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const b of Buffer.from(text, 'utf8')) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}
