import { randomBytes } from 'node:crypto';

/**
 * A fresh integration secret: 32 random bytes, base64url so it can go in a header or, for SNS,
 * in a URL without escaping.
 */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}
