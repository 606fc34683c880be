import { jsmCommentBody } from '../../../../src/domain/comms/channels/jsmCommentBody.js';
import type { RenderedMessage } from '../../../../src/domain/comms/templates/renderTemplate.js';
import { slackMessage } from '../../../../src/domain/comms/channels/slackMessage.js';
import { smsRequest } from '../../../../src/domain/comms/channels/smsRequest.js';
import { teamsMessage } from '../../../../src/domain/comms/channels/teamsMessage.js';

const message = (overrides: Partial<RenderedMessage> = {}): RenderedMessage => ({
  channel: 'slack',
  subject: '[P1] ITOPS-7',
  body: 'Checkout fails',
  truncated: false,
  missing: [],
  ...overrides,
});

describe('slackMessage', () => {
  it('puts the subject in a header block and the body in a mrkdwn section, with a text fallback', () => {
    expect(slackMessage(message({ subject: 'A &amp; B' }))).toEqual({
      text: 'A &amp; B\nCheckout fails',
      blocks: [
        { type: 'header', text: { type: 'plain_text', text: 'A & B' } },
        { type: 'section', text: { type: 'mrkdwn', text: 'Checkout fails' } },
      ],
    });
  });

  it('sends plain text when there is no subject', () => {
    expect(slackMessage(message({ subject: undefined }))).toEqual({ text: 'Checkout fails' });
  });

  it('splits a body longer than a section allows and cuts a long header to 150 characters', () => {
    const body = slackMessage(message({ subject: 'h'.repeat(200), body: 'x'.repeat(6001) }));
    expect(body.blocks?.map((b) => b.text.text.length)).toEqual([150, 3000, 3000, 1]);
  });

  it('refuses a message rendered for another channel', () => {
    expect(() => slackMessage(message({ channel: 'teams' }))).toThrow('a message rendered for teams cannot be sent to Slack');
  });
});

describe('teamsMessage', () => {
  it('wraps the message in an Adaptive Card with an Open incident button', () => {
    expect(teamsMessage(message({ channel: 'teams' }), 'https://acme.atlassian.net/browse/ITOPS-7')).toEqual({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          contentUrl: null,
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            body: [
              { type: 'TextBlock', text: '[P1] ITOPS-7', wrap: true, weight: 'Bolder', size: 'Medium' },
              { type: 'TextBlock', text: 'Checkout fails', wrap: true },
            ],
            actions: [{ type: 'Action.OpenUrl', title: 'Open incident', url: 'https://acme.atlassian.net/browse/ITOPS-7' }],
          },
        },
      ],
    });
  });

  test.each([['no link', undefined], ['a non-web link', 'javascript:alert(1)']])('has no button with %s', (_case, url) => {
    const card = teamsMessage(message({ channel: 'teams', subject: undefined }), url).attachments[0].content;
    expect(card.actions).toBeUndefined();
    expect(card.body).toEqual([{ type: 'TextBlock', text: 'Checkout fails', wrap: true }]);
  });
});

describe('smsRequest', () => {
  const sms = message({ channel: 'sms', subject: undefined, body: 'P1 ITOPS-7 & more: 100%' });

  it('builds URL-encoded To, From and Body fields', () => {
    expect(smsRequest(sms, '+447700900123', '+15005550006')).toEqual({
      contentType: 'application/x-www-form-urlencoded',
      fields: { To: '+447700900123', From: '+15005550006', Body: 'P1 ITOPS-7 & more: 100%' },
      form: 'To=%2B447700900123&From=%2B15005550006&Body=P1+ITOPS-7+%26+more%3A+100%25',
    });
  });

  it('accepts a Messaging Service SID as the sender', () => {
    expect(smsRequest(sms, '+447700900123', `MG${'a'.repeat(32)}`).fields.From).toBe(`MG${'a'.repeat(32)}`);
  });

  test.each([
    ['a recipient without +', '447700900123', '+15005550006', 'SMS recipient must be an E.164 number'],
    ['a recipient with spaces', '+44 7700 900123', '+15005550006', 'SMS recipient must be an E.164 number'],
    ['a sender that is a name', '+447700900123', 'ACME', 'SMS sender must be an E.164 number or a Messaging Service SID'],
  ])('refuses %s', (_case, to, from, error) => {
    expect(() => smsRequest(sms, to, from)).toThrow(error);
  });
});

describe('jsmCommentBody', () => {
  it('makes a public comment from a message rendered for it', () => {
    expect(jsmCommentBody(message({ channel: 'jsmPublicComment', subject: undefined }))).toEqual({ body: 'Checkout fails', public: true });
  });

  it('refuses a message rendered for an internal channel', () => {
    expect(() => jsmCommentBody(message({ channel: 'email' }))).toThrow('a message rendered for email cannot be a public comment');
  });
});
