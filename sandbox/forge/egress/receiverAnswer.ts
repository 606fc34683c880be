import type { DeliveryView } from './describeDelivery.js';

export interface ReceiverAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

/** RFC 2822 date as Twilio writes `date_created`. */
const rfc2822 = (ms: number) => new Date(ms).toUTCString().replace('GMT', '+0000');

/**
 * How each kind of receiver answers a good request: Slack "ok", Teams 202 Accepted, a
 * Twilio-style message resource for SMS, a plain 200 for any other webhook.
 */
export function receiverAnswer(d: DeliveryView, url: URL, id: number, at: number): ReceiverAnswer {
  switch (d.channel) {
    case 'slack':
      return { status: 200, headers: { 'content-type': 'text/plain' }, body: 'ok' };
    case 'teams':
      return { status: 202, headers: {}, body: null };
    case 'sms': {
      const account = /\/Accounts\/([^/]+)\//.exec(url.pathname)?.[1] ?? 'ACsandbox';
      const sid = `SM${id.toString(16).padStart(32, '0')}`;
      const form = d.payload as Record<string, string>;
      return {
        status: 201,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          sid, account_sid: account, to: form.To ?? null, from: form.From ?? form.MessagingServiceSid ?? null, body: d.body,
          status: 'queued', direction: 'outbound-api', num_segments: String(Math.max(1, Math.ceil(d.body.length / 153))),
          api_version: '2010-04-01', date_created: rfc2822(at), date_updated: rfc2822(at), date_sent: null,
          error_code: null, error_message: null, price: null, price_unit: 'USD',
          uri: `/2010-04-01/Accounts/${account}/Messages/${sid}.json`,
        }),
      };
    }
    default:
      return { status: 200, headers: {}, body: null };
  }
}
