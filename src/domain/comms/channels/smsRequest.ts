import type { RenderedMessage } from '../templates/renderTemplate.js';

// E.164: a plus, a non-zero country code digit, at most 15 digits in all.
const E164 = /^\+[1-9]\d{1,14}$/;
// Twilio also accepts a Messaging Service SID as the sender.
const MESSAGING_SERVICE_SID = /^MG[0-9a-f]{32}$/;

/** A Twilio-compatible Messages request: the form fields and their URL-encoded body. */
export interface SmsRequest {
  readonly contentType: 'application/x-www-form-urlencoded';
  readonly fields: { readonly To: string; readonly From: string; readonly Body: string };
  readonly form: string;
}

/**
 * Builds the form a Twilio-compatible API takes to send one SMS. Numbers must be E.164 (the
 * sender may be a Messaging Service SID); a bad number is refused here, before any request.
 *
 * @example
 * smsRequest({ channel: 'sms', body: 'P1 ITOPS-7', truncated: false, missing: [] }, '+447700900123', '+15005550006').form
 * // => 'To=%2B447700900123&From=%2B15005550006&Body=P1+ITOPS-7'
 */
export function smsRequest(message: RenderedMessage, to: string, from: string): SmsRequest {
  if (message.channel !== 'sms') throw new Error(`a message rendered for ${message.channel} cannot be sent by SMS`);
  if (!E164.test(to)) throw new Error('SMS recipient must be an E.164 number such as +447700900123');
  if (!E164.test(from) && !MESSAGING_SERVICE_SID.test(from)) {
    throw new Error('SMS sender must be an E.164 number or a Messaging Service SID');
  }
  const fields = { To: to, From: from, Body: message.body };
  return { contentType: 'application/x-www-form-urlencoded', fields, form: new URLSearchParams(fields).toString() };
}
