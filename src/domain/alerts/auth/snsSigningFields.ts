import { z } from 'zod';
import { REPLAY_WINDOW_MS } from './hmacSignature.js';

const base64 = /^[A-Za-z0-9+/]+={0,2}$/;

const signingSchema = z.object({
  Type: z.enum(['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation']),
  MessageId: z.string().uuid(),
  TopicArn: z.string().regex(/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}$/, 'must be an SNS topic ARN'),
  Timestamp: z.string().datetime({ offset: true }),
  SignatureVersion: z.enum(['1', '2']),
  Signature: z.string().min(64).max(2048).regex(base64, 'must be base64'),
  SigningCertURL: z.string().url(),
});

export type SnsSigningCheck = { ok: true; region: string } | { ok: false; reason: string };

/**
 * Checks that an SNS message carries well-formed signing fields: every field SNS signs is
 * present, the certificate URL is https on `sns.<region>.amazonaws.com` (the region of the
 * topic) ending in `.pem`, and the message is no older or newer than the replay window.
 *
 * It does not verify the RSA signature itself: that needs the certificate, fetched from
 * amazonaws.com, and this function does no I/O (see the ingestion README section).
 *
 * @example
 * snsSigningFields({ Type: 'Notification', MessageId: '…', TopicArn: 'arn:aws:sns:eu-west-1:123456789012:alarms', … }, now)
 * // => { ok: true, region: 'eu-west-1' }
 */
export function snsSigningFields(body: unknown, now: Date): SnsSigningCheck {
  const parsed = signingSchema.safeParse(body);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return { ok: false, reason: `SNS signing field ${i.path.join('.') || '(root)'}: ${i.message}` };
  }
  const m = parsed.data;
  const region = m.TopicArn.split(':')[3]!;
  const cert = new URL(m.SigningCertURL);
  if (cert.protocol !== 'https:' || cert.hostname !== `sns.${region}.amazonaws.com` || !cert.pathname.endsWith('.pem') || cert.port !== '') {
    return { ok: false, reason: `SNS signing field SigningCertURL: must be https://sns.${region}.amazonaws.com/….pem` };
  }
  if (Math.abs(Date.parse(m.Timestamp) - now.getTime()) > REPLAY_WINDOW_MS) {
    return { ok: false, reason: 'SNS signing field Timestamp: outside the 5-minute replay window' };
  }
  return { ok: true, region };
}
