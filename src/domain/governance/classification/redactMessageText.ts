import type { SensitiveKind } from './detectSensitiveData.js';
import { redactSensitiveData } from './redactSensitiveData.js';

export type RedactionCounts = Partial<Record<SensitiveKind, number>>;

const URL = /https?:\/\/[^\s<>"')\]]+/g;

/**
 * Redacts personal and payment data in an outbound message, leaving links and `keep` whole:
 * an acknowledgement link's signed token must reach the responder unchanged, and the app's own
 * configured text (a bridge's dial-in number) is not data someone typed into the incident.
 *
 * @example redactMessageText('call +44 20 7946 0958: https://x.test/ack?t=4111111111111111', {}) // 'call [phone redacted]: https://x.test/ack?t=4111111111111111'
 */
export function redactMessageText(text: string, counts: RedactionCounts, keep: readonly string[] = []): string {
  const spans: Array<[number, number]> = [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length]);
  for (const k of keep) {
    if (k.length === 0) continue;
    for (let i = text.indexOf(k); i !== -1; i = text.indexOf(k, i + k.length)) spans.push([i, i + k.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  let out = '';
  let from = 0;
  for (const [start, end] of spans) {
    if (end <= from) continue;
    const s = Math.max(start, from);
    out += redactPart(text.slice(from, s), counts) + text.slice(s, end);
    from = end;
  }
  return out + redactPart(text.slice(from), counts);
}

function redactPart(part: string, counts: RedactionCounts): string {
  const r = redactSensitiveData(part);
  for (const [k, n] of Object.entries(r.counts) as Array<[SensitiveKind, number]>) counts[k] = (counts[k] ?? 0) + n;
  return r.text;
}

/** Every string inside a JSON value redacted the same way (chat cards and status-page bodies). */
export function redactJsonStrings<T>(value: T, counts: RedactionCounts, keep: readonly string[] = []): T {
  if (typeof value === 'string') return redactMessageText(value, counts, keep) as T;
  if (Array.isArray(value)) return value.map((v) => redactJsonStrings(v, counts, keep)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactJsonStrings(v, counts, keep)])) as T;
  return value;
}

/** Counts in words for the redaction log, never the values: "1 email address, 2 card numbers". */
export function describeRedactions(counts: RedactionCounts): string {
  const words: Record<SensitiveKind, [string, string]> = { email: ['email address', 'email addresses'], phone: ['phone number', 'phone numbers'], card: ['card number', 'card numbers'], iban: ['IBAN', 'IBANs'] };
  return (Object.entries(counts) as Array<[SensitiveKind, number]>).filter(([, n]) => n > 0).map(([k, n]) => `${n} ${words[k][n === 1 ? 0 : 1]}`).join(', ');
}
