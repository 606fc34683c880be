const OFFSET_BASIS = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;
const utf8 = new TextEncoder();

/**
 * FNV-1a, 64-bit, over the UTF-8 bytes of `text`, as 16 lowercase hex digits. Stable across
 * runtimes and cheap; a fingerprint for logs and keys, not a defence against a chosen collision.
 *
 * @example
 * fnv1a64('a') // => 'af63dc4c8601ec8c'
 */
export function fnv1a64(text: string): string {
  let hash = OFFSET_BASIS;
  for (const byte of utf8.encode(text)) {
    hash = ((hash ^ BigInt(byte)) * PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}
