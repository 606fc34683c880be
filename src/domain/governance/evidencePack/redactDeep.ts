import { redactSensitiveData } from '../classification/redactSensitiveData.js';
import type { SensitiveKind } from '../classification/detectSensitiveData.js';

export type RedactionCounts = Partial<Record<SensitiveKind, number>>;

/**
 * A copy of a JSON value with personal and payment data replaced in every string, and the
 * counts added to `counts` (never the values, so the redaction log holds nothing personal).
 *
 * @example redactDeep({ note: 'call +44 20 7946 0958' }, {}) // { note: 'call [phone redacted]' }
 */
export function redactDeep<T>(value: T, counts: RedactionCounts): T {
  if (typeof value === 'string') {
    const r = redactSensitiveData(value);
    for (const [k, n] of Object.entries(r.counts) as Array<[SensitiveKind, number]>) counts[k] = (counts[k] ?? 0) + n;
    return r.text as T;
  }
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, counts)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, redactDeep(v, counts)])) as T;
  }
  return value;
}
