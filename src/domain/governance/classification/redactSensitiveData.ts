import { detectSensitiveData, type SensitiveKind } from './detectSensitiveData.js';

export interface Redaction {
  text: string;
  /** How many of each kind were replaced, for the redaction log (never the values). */
  counts: Partial<Record<SensitiveKind, number>>;
}

const LABEL: Readonly<Record<SensitiveKind, string>> = {
  email: '[email redacted]',
  phone: '[phone redacted]',
  // The last four digits stay, as card receipts show them, so people can still tell cards apart.
  card: '[card ending ',
  iban: '[IBAN redacted]',
};

/**
 * Replaces every detected piece of personal or payment data in `text`.
 *
 * @example redactSensitiveData('mail ana@example.com').text // 'mail [email redacted]'
 */
export function redactSensitiveData(text: string): Redaction {
  const matches = detectSensitiveData(text);
  const counts: Partial<Record<SensitiveKind, number>> = {};
  let out = '';
  let from = 0;
  for (const m of matches) {
    out += text.slice(from, m.start);
    const value = text.slice(m.start, m.end);
    out += m.kind === 'card' ? `${LABEL.card}${value.replace(/\D/g, '').slice(-4)}]` : LABEL[m.kind];
    counts[m.kind] = (counts[m.kind] ?? 0) + 1;
    from = m.end;
  }
  return { text: out + text.slice(from), counts };
}
