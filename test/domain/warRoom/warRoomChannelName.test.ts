import { warRoomChannelName } from '../../../src/domain/warRoom/warRoomChannelName.js';

const values = { key: 'ITOPS-7', service: 'Payments', priority: 'P1', summary: 'Card payments failing at checkout!' };

describe('warRoomChannelName', () => {
  it.each([
    ['inc-{{key}}-{{service}}', 1, 'inc-itops-7-payments'],
    ['inc-{{key}}-{{service}}', 2, 'inc-itops-7-payments-2'],
    ['inc-{{key}}-{{service}}', 5, 'inc-itops-7-payments-5'],
    ['{{priority}} {{key}} {{summary}}', 1, 'p1-itops-7-card-payments-failing-at-checkout'],
    ['INC__{{ key }}//{{service}}', 1, 'inc__itops-7-payments'],
    ['--{{key}}--', 1, 'itops-7'],
    ['inc-{{key}}-{{service}}', 1, 'inc-itops-7-payments'],
  ])('"%s" attempt %i gives %s', (template, attempt, expected) => {
    expect(warRoomChannelName(template, values, attempt)).toBe(expected);
  });

  it('drops accents and keeps only what Slack allows: lowercase letters, digits, hyphens, underscores', () => {
    expect(warRoomChannelName('{{key}}-{{service}}', { ...values, service: 'Zahlungsverkehr Café' })).toBe('itops-7-zahlungsverkehr-cafe');
  });

  it('an incident without a service leaves no dangling hyphen', () => {
    expect(warRoomChannelName('inc-{{key}}-{{service}}', { ...values, service: null })).toBe('inc-itops-7');
  });

  it('cuts a long name to 80 characters with room for the suffix', () => {
    const long = { ...values, summary: 'x'.repeat(200) };
    const first = warRoomChannelName('{{key}}-{{summary}}', long, 1);
    const fifth = warRoomChannelName('{{key}}-{{summary}}', long, 5);
    expect(first).toHaveLength(80);
    expect(fifth).toHaveLength(80);
    expect(fifth.endsWith('-5')).toBe(true);
    expect(fifth).toMatch(/^[a-z0-9_-]+$/);
  });

  it('prefixes drill rooms so nobody mistakes them for production', () => {
    expect(warRoomChannelName('inc-{{key}}', values, 1, 'drill-')).toBe('drill-inc-itops-7');
  });
});
