import { ibanValid } from './ibanValid.js';
import { luhnValid } from './luhnValid.js';

export type SensitiveKind = 'email' | 'phone' | 'card' | 'iban';

/** One piece of personal or payment data found in a text, by position. */
export interface SensitiveMatch {
  kind: SensitiveKind;
  start: number;
  end: number;
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
// 13 to 19 digits, optionally grouped by single spaces or dashes, as cards are written.
const CARD = /\b\d(?:[ -]?\d){12,18}\b/g;
const IBAN = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/g;
// International (+ and 8–15 digits) or a grouped national number with at least 9 digits.
// Bare digit runs are deliberately not phones: ids, epochs and ports would all match.
const PHONE = /(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{2,4}(?:[ .-]?\d{2,4}){1,4})|(?:\(\d{2,4}\)[ .-]?\d{3,4}[ .-]\d{3,4})|(?:\b\d{3}[.-]\d{3}[.-]\d{4}\b)/g;

/**
 * Finds emails, phone numbers, payment card numbers (Luhn-valid) and IBANs (checksum-valid)
 * in free text: alert payloads, descriptions and outbound messages. Overlaps keep the first
 * kind found in the order card, IBAN, email, phone, so a card number is never also a phone.
 *
 * @example detectSensitiveData('card 4111 1111 1111 1111') // [{kind: 'card', start: 5, end: 24}]
 */
export function detectSensitiveData(text: string): SensitiveMatch[] {
  const found: SensitiveMatch[] = [];
  const take = (kind: SensitiveKind, pattern: RegExp, accept: (s: string) => boolean) => {
    for (const m of text.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!accept(m[0])) continue;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      found.push({ kind, start, end });
    }
  };
  take('card', CARD, (s) => luhnValid(s.replace(/[ -]/g, '')));
  take('iban', IBAN, ibanValid);
  take('email', EMAIL, () => true);
  take('phone', PHONE, (s) => {
    const digits = s.replace(/\D/g, '').length;
    return digits >= 9 && digits <= 15;
  });
  return found.sort((a, b) => a.start - b.start);
}
