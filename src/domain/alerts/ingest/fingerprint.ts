const FNV_OFFSET = 0xcbf29ce484222325n;
const FNV_PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

/**
 * A stable dedup key for payloads that carry none: `fp1:` + 16 hex digits of 64-bit FNV-1a
 * over the UTF-8 bytes of the parts' entries sorted by key (code-unit order, not locale, so it
 * is the same on every runtime). Key order does not matter; case does, as with PagerDuty's
 * `dedup_key`. Entries whose value is undefined or null are left out, so an absent optional
 * field and a missing one give the same key. Not cryptographic: it only needs to be stable.
 *
 * @example
 * fingerprint({ alertname: 'HighLatency', job: 'api' }) === fingerprint({ job: 'api', alertname: 'HighLatency' }) // true
 */
export function fingerprint(parts: Readonly<Record<string, string | null | undefined>>): string {
  const entries = Object.entries(parts)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== null)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  // JSON framing keeps {a:'b,c'} and {a:'b', c:''} apart, unlike naive joining.
  const bytes = new TextEncoder().encode(JSON.stringify(entries));
  let hash = FNV_OFFSET;
  for (const byte of bytes) {
    hash ^= BigInt(byte);
    hash = (hash * FNV_PRIME) & MASK;
  }
  return `fp1:${hash.toString(16).padStart(16, '0')}`;
}
