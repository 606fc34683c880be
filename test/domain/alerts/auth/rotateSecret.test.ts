import { acceptedSecrets, rotateSecret } from '../../../../src/domain/alerts/auth/rotateSecret.js';

const OLD = 'o'.repeat(32);
const NEW = 'n'.repeat(32);
const NEWER = 'm'.repeat(32);
const at = (iso: string) => new Date(iso);

describe('rotateSecret', () => {
  it('makes the first secret current with nothing previous', () => {
    expect(rotateSecret(null, NEW, at('2026-11-27T09:00:00Z'))).toEqual({ current: NEW, previous: null, previousValidUntil: null });
  });
  it('keeps the rotated-out secret valid for 24 hours', () => {
    expect(rotateSecret({ current: OLD, previous: null, previousValidUntil: null }, NEW, at('2026-11-27T09:00:00Z')))
      .toEqual({ current: NEW, previous: OLD, previousValidUntil: '2026-11-28T09:00:00.000Z' });
  });
  it('drops a secret rotated out twice', () => {
    const once = rotateSecret({ current: OLD, previous: null, previousValidUntil: null }, NEW, at('2026-11-27T09:00:00Z'));
    expect(rotateSecret(once, NEWER, at('2026-11-27T10:00:00Z'))).toEqual({ current: NEWER, previous: NEW, previousValidUntil: '2026-11-28T10:00:00.000Z' });
  });
});

describe('acceptedSecrets', () => {
  const rotated = { current: NEW, previous: OLD, previousValidUntil: '2026-11-28T09:00:00.000Z' };
  test.each([
    ['before the overlap ends', '2026-11-28T08:59:59.999Z', [NEW, OLD]],
    ['when the overlap ends', '2026-11-28T09:00:00.000Z', [NEW]],
    ['after the overlap', '2026-11-29T09:00:00.000Z', [NEW]],
  ])('accepts the previous secret only %s', (_when, now, expected) => {
    expect(acceptedSecrets(rotated, at(now))).toEqual(expected);
  });
  it('accepts nothing when no secret was ever set', () => {
    expect(acceptedSecrets(null, at('2026-11-27T09:00:00Z'))).toEqual([]);
  });
});
