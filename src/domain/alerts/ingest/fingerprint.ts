import { fnv1a64 } from '../../shared/fnv1a64.js';

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
  return `fp1:${fnv1a64(JSON.stringify(entries))}`;
}
