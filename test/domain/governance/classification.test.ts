import { classifyIncident } from '../../../src/domain/governance/classification/classifyIncident.js';
import { detectSensitiveData } from '../../../src/domain/governance/classification/detectSensitiveData.js';
import { ibanValid } from '../../../src/domain/governance/classification/ibanValid.js';
import { luhnValid } from '../../../src/domain/governance/classification/luhnValid.js';
import { redactSensitiveData } from '../../../src/domain/governance/classification/redactSensitiveData.js';

describe('luhnValid', () => {
  it.each([
    ['4111111111111111', true], // Visa test number
    ['5555555555554444', true], // Mastercard test number
    ['378282246310005', true], // Amex test number
    ['4111111111111112', false], // one digit off
    ['1234567890123456', false],
    ['', false],
    ['4111-1111', false], // not digits only
  ])('%s → %s', (digits, valid) => expect(luhnValid(digits)).toBe(valid));
});

describe('ibanValid', () => {
  it.each([
    ['GB82 WEST 1234 5698 7654 32', true],
    ['DE89370400440532013000', true],
    ['FR1420041010050500013M02606', true],
    ['GB82 WEST 1234 5698 7654 33', false], // checksum broken
    ['DE8937040044053201300', false], // one character short for Germany
    ['XX82WEST12345698765432', false], // unknown country
    ['gb82west12345698765432', true], // case does not matter
  ])('%s → %s', (iban, valid) => expect(ibanValid(iban)).toBe(valid));
});

describe('detectSensitiveData', () => {
  const kinds = (text: string) => detectSensitiveData(text).map((m) => [m.kind, text.slice(m.start, m.end)]);
  it.each<[string, string, Array<[string, string]>]>([
    ['an email', 'customer ana.silva@example.com reported it', [['email', 'ana.silva@example.com']]],
    ['a grouped card number', 'charged card 4111 1111 1111 1111 twice', [['card', '4111 1111 1111 1111']]],
    ['a dashed card number', 'card 5555-5555-5555-4444', [['card', '5555-5555-5555-4444']]],
    ['an IBAN', 'refund to DE89 3704 0044 0532 0130 00 failed', [['iban', 'DE89 3704 0044 0532 0130 00']]],
    ['an international phone', 'call +44 20 7946 0958 now', [['phone', '+44 20 7946 0958']]],
    ['a North American phone', 'pager 415-555-0132', [['phone', '415-555-0132']]],
    ['several kinds in order', 'mail a@b.io, card 378282246310005', [['email', 'a@b.io'], ['card', '378282246310005']]],
  ])('finds %s', (_n, text, expected) => expect(kinds(text)).toEqual(expected));

  it.each([
    ['a 16-digit order id that fails Luhn', 'order 1234567890123456 stuck'],
    ['an epoch in milliseconds', 'nextEvaluationEpochMs 1764669600000'],
    ['a version string', 'upgraded to 10.2.14.1 on host-12'],
    ['an IBAN-looking code with a bad checksum', 'ref GB82WEST12345698765433'],
    ['a port and an IP', 'listening on 10.0.12.7:8080'],
    ['a Jira key and a date', 'ITOPS-1234 at 2026-12-03 07:15'],
    ['a UUID', 'trace 550e8400-e29b-41d4-a716-446655440000'],
    ['an email-like handle without a domain', 'user @ana.silva in Slack'],
  ])('does not fire on %s', (_n, text) => expect(detectSensitiveData(text)).toEqual([]));
});

describe('redactSensitiveData', () => {
  it('replaces each value and counts the kinds, keeping a card\'s last four digits', () => {
    expect(redactSensitiveData('From ana@example.com: card 4111 1111 1111 1111, IBAN GB82WEST12345698765432, tel +1 415 555 0132.')).toEqual({
      text: 'From [email redacted]: card [card ending 1111], IBAN [IBAN redacted], tel [phone redacted].',
      counts: { email: 1, card: 1, iban: 1, phone: 1 },
    });
  });
  it('leaves clean text alone', () => expect(redactSensitiveData('disk full on db-3')).toEqual({ text: 'disk full on db-3', counts: {} }));
});

describe('classifyIncident', () => {
  it.each<[string, Array<{ name: string; classes: Array<'pii' | 'financial' | 'health'> }>, string[], string[], string[]]>([
    ['nothing regulated', [{ name: 'Intranet', classes: [] }], ['disk full'], [], []],
    ['from the service', [{ name: 'Payments', classes: ['financial'] }], ['latency high'], ['financial'], ['service Payments handles payment or financial data']],
    ['from the text', [], ['customer ana@example.com', 'and bob@example.com'], ['pii'], ['2 email addresses found in the incident\'s text']],
    ['both, in a fixed order', [{ name: 'Clinic', classes: ['health'] }], ['card 4111111111111111'], ['financial', 'health'],
      ['service Clinic handles health data', '1 payment card number found in the incident\'s text']],
  ])('%s', (_n, services, texts, classes, reasons) => {
    expect(classifyIncident(services, texts)).toEqual({ classes, reasons });
  });
});
