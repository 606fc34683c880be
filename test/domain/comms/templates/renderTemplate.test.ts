import { MISSING_VALUE, renderTemplate } from '../../../../src/domain/comms/templates/renderTemplate.js';
import { SMS_MAX_CHARS, SMS_TRUNCATION_NOTE } from '../../../../src/domain/comms/channels/truncateSms.js';
import { aTemplate, someValues } from './templateBuilders.js';

describe('renderTemplate', () => {
  it('fills subject and body, escaping values but not the template text', () => {
    const template = aTemplate({ subject: '*{{priority}}* {{key}}', body: '*Summary:* {{summary}}' });
    expect(renderTemplate(template, { ...someValues, summary: 'A <b> & C' })).toEqual({
      channel: 'slack',
      subject: '*P1* ITOPS-7',
      body: '*Summary:* A &lt;b&gt; &amp; C',
      truncated: false,
      missing: [],
    });
  });

  it('renders the same text for the same inputs', () => {
    expect(renderTemplate(aTemplate(), someValues)).toEqual(renderTemplate(aTemplate(), someValues));
  });

  it('writes a placeholder, never a blank, for a missing or empty value and lists it', () => {
    const result = renderTemplate(aTemplate({ body: 'Owner {{owner}}, bridge {{bridgeUrl}}' }), { ...someValues, owner: ' ', bridgeUrl: undefined });
    expect(result.body).toBe(`Owner ${MISSING_VALUE}, bridge ${MISSING_VALUE}`);
    expect(result.missing).toEqual(['owner', 'bridgeUrl']);
  });

  it('keeps an email subject on one line even when a value holds line breaks', () => {
    const template = aTemplate({ channel: 'email', subject: '{{key}}: {{summary}}', body: '{{summary}}' });
    const result = renderTemplate(template, { ...someValues, summary: 'Line one\r\nBcc: victim@example.com' });
    expect(result.subject).toBe('ITOPS-7: Line one Bcc: victim@example.com');
    expect(result.body).toBe('Line one\nBcc: victim@example.com');
  });

  it('leaves out the subject for a channel without one', () => {
    const result = renderTemplate(aTemplate({ channel: 'sms', subject: undefined, body: '{{key}}' }), someValues);
    expect(result).toEqual({ channel: 'sms', body: 'ITOPS-7', truncated: false, missing: [] });
  });

  test.each([
    ['at the limit', SMS_MAX_CHARS, false, SMS_MAX_CHARS],
    ['one over the limit', SMS_MAX_CHARS + 1, true, SMS_MAX_CHARS],
    ['far over the limit', 5000, true, SMS_MAX_CHARS],
  ])('cuts an SMS body %s to 1600 characters with a note', (_case, length, truncated, finalLength) => {
    const result = renderTemplate(aTemplate({ channel: 'sms', subject: undefined, body: '{{summary}}' }), { summary: 'x'.repeat(length) });
    expect(result.truncated).toBe(truncated);
    expect(Array.from(result.body)).toHaveLength(finalLength);
    expect(result.body.endsWith(SMS_TRUNCATION_NOTE)).toBe(truncated);
  });

  it('ends a cut SMS with an ASCII note, so the note alone never forces UCS-2 encoding', () => {
    const result = renderTemplate(aTemplate({ channel: 'sms', subject: undefined, body: '{{summary}}' }), { summary: 'x'.repeat(1700) });
    expect(result.body).toBe(`${'x'.repeat(1585)}... [truncated]`);
  });

  it('does not split an emoji when cutting an SMS', () => {
    const result = renderTemplate(aTemplate({ channel: 'sms', subject: undefined, body: '{{summary}}' }), { summary: '🔥'.repeat(2000) });
    expect(result.body).toBe('🔥'.repeat(SMS_MAX_CHARS - Array.from(SMS_TRUNCATION_NOTE).length) + SMS_TRUNCATION_NOTE);
  });

  it('does not cut long messages on other channels', () => {
    const result = renderTemplate(aTemplate({ body: '{{summary}}' }), { summary: 'x'.repeat(2000) });
    expect(result.body).toHaveLength(2000);
    expect(result.truncated).toBe(false);
  });

  it('refuses a template that never passed validation', () => {
    expect(() => renderTemplate(aTemplate({ body: '{{nope}}' }), someValues)).toThrow('template is invalid: unknown variable {{nope}}');
  });
});
