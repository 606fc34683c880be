import { detectSensitiveData, type SensitiveKind } from './detectSensitiveData.js';

/** What kind of regulated data a service handles; set per service by admins. */
export const dataClasses = ['pii', 'financial', 'health'] as const;
export type DataClass = (typeof dataClasses)[number];

export interface Classification {
  /** Empty when the incident needs no extra oversight. */
  classes: DataClass[];
  /** Why, in words for the timeline and the audit: "service Payments handles financial data". */
  reasons: string[];
}

const CLASS_OF: Readonly<Record<SensitiveKind, DataClass>> = { email: 'pii', phone: 'pii', card: 'financial', iban: 'financial' };

/**
 * Classifies an incident from its services' data classes and from personal or payment data
 * found in its texts (summary, description, alert payloads). A class comes from either source;
 * both are named in the reasons so an auditor can see which.
 *
 * @example classifyIncident([{name: 'Payments', classes: ['financial']}], ['disk full']).classes // ['financial']
 */
export function classifyIncident(
  services: ReadonlyArray<{ name: string; classes: readonly DataClass[] }>,
  texts: readonly string[],
): Classification {
  const classes = new Set<DataClass>();
  const reasons: string[] = [];
  for (const s of services) {
    for (const c of s.classes) {
      classes.add(c);
      reasons.push(`service ${s.name} handles ${DESCRIBE[c]}`);
    }
  }
  const kinds = new Map<SensitiveKind, number>();
  for (const t of texts) for (const m of detectSensitiveData(t)) kinds.set(m.kind, (kinds.get(m.kind) ?? 0) + 1);
  for (const [kind, n] of kinds) {
    classes.add(CLASS_OF[kind]);
    reasons.push(`${n} ${n === 1 ? KIND_WORD[kind][0] : KIND_WORD[kind][1]} found in the incident's text`);
  }
  return { classes: dataClasses.filter((c) => classes.has(c)), reasons };
}

const DESCRIBE: Readonly<Record<DataClass, string>> = { pii: 'personal data', financial: 'payment or financial data', health: 'health data' };
const KIND_WORD: Readonly<Record<SensitiveKind, readonly [string, string]>> = {
  email: ['email address', 'email addresses'], phone: ['phone number', 'phone numbers'],
  card: ['payment card number', 'payment card numbers'], iban: ['IBAN', 'IBANs'],
};
