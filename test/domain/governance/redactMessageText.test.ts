import { describeRedactions, redactJsonStrings, redactMessageText, type RedactionCounts } from '../../../src/domain/governance/classification/redactMessageText.js';

describe('redacting an outbound message', () => {
  test.each<[string, string, string, RedactionCounts]>([
    ['an email address', 'Customer ana@example.com cannot pay', 'Customer [email redacted] cannot pay', { email: 1 }],
    ['a Luhn-valid card number keeps its last four', 'card 4111 1111 1111 1111 declined', 'card [card ending 1111] declined', { card: 1 }],
    ['an international phone number', 'call back on +44 20 7946 0958', 'call back on [phone redacted]', { phone: 1 }],
    ['a checksum-valid IBAN', 'refund to GB82 WEST 1234 5698 7654 32', 'refund to [IBAN redacted]', { iban: 1 }],
    ['a link is left whole, even with digits that look like a card in its token', 'Acknowledge: https://ack.example.test/a?t=4111111111111111&u=ana@example.com',
      'Acknowledge: https://ack.example.test/a?t=4111111111111111&u=ana@example.com', {}],
    ['text either side of a link is still redacted', 'ana@example.com https://x.test/p +44 20 7946 0958', '[email redacted] https://x.test/p [phone redacted]', { email: 1, phone: 1 }],
    ['a number that fails Luhn is not a card', 'order 4111 1111 1111 1112 stuck', 'order 4111 1111 1111 1112 stuck', {}],
    ['an issue key and a time are nothing to redact', 'P1 ITOPS-7 since 09:30 UTC', 'P1 ITOPS-7 since 09:30 UTC', {}],
  ])('%s', (_name, text, expected, expectedCounts) => {
    const counts: RedactionCounts = {};
    expect(redactMessageText(text, counts)).toBe(expected);
    expect(counts).toEqual(expectedCounts);
  });

  it('leaves what it is told to keep whole (a configured dial-in), wherever it appears', () => {
    const counts: RedactionCounts = {};
    const dialIn = '+44 20 7946 0000,,123456#';
    expect(redactMessageText(`dial ${dialIn} or ${dialIn}; caller +44 20 7946 0958`, counts, [dialIn])).toBe(`dial ${dialIn} or ${dialIn}; caller [phone redacted]`);
    expect(counts).toEqual({ phone: 1 });
  });

  it('redacts every string of a chat card, and only strings', () => {
    const counts: RedactionCounts = {};
    const card = { text: 'ana@example.com', blocks: [{ type: 'section', fields: ['+44 20 7946 0958', 42] }], ok: true };
    expect(redactJsonStrings(card, counts)).toEqual({ text: '[email redacted]', blocks: [{ type: 'section', fields: ['[phone redacted]', 42] }], ok: true });
    expect(describeRedactions(counts)).toBe('1 email address, 1 phone number');
  });

  it('describes counts in words and nothing when nothing was redacted', () => {
    expect(describeRedactions({ card: 2 })).toBe('2 card numbers');
    expect(describeRedactions({})).toBe('');
  });
});
