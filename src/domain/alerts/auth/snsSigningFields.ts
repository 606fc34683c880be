import { z } from 'zod';

/**
 * How far an SNS message's `Timestamp` may lie in the past. SNS keeps the original Timestamp on
 * every retry, and an HTTP/S delivery policy may retry for up to an hour: two hours leaves room
 * for that and for clock skew. Replays inside the window are refused by `MessageId` instead.
 */
export const SNS_MAX_AGE_MS = 2 * 3_600_000;
/** A message from the future beyond ordinary clock skew is not one SNS sent. */
export const SNS_MAX_SKEW_MS = 5 * 60_000;

const base64 = /^[A-Za-z0-9+/]+={0,2}$/;

const signingSchema = z.object({
  Type: z.enum(['Notification', 'SubscriptionConfirmation', 'UnsubscribeConfirmation']),
  MessageId: z.string().uuid(),
  TopicArn: z.string().regex(/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_.-]{1,256}$/, 'must be an SNS topic ARN'),
  Timestamp: z.string().datetime({ offset: true }),
  SignatureVersion: z.enum(['1', '2']),
  Signature: z.string().min(64).max(2048).regex(base64, 'must be base64'),
  SigningCertURL: z.string().url(),
});

export type SnsSigningCheck =
  | { ok: true; region: string; messageId: string; certUrl: string; timestampMs: number }
  | { ok: false; reason: string };

/**
 * Checks that an SNS message carries well-formed signing fields before any certificate is
 * fetched: every field SNS signs is present, the certificate URL is https on
 * `sns.<region>.amazonaws.com` (the topic's region) ending in `.pem`, and the message is not
 * older than SNS's retries or from the future. The signature itself is checked afterwards
 * with the certificate (verifySnsSignature), which needs I/O to fetch.
 *
 * @example
 * snsSigningFields({ Type: 'Notification', MessageId: '…', TopicArn: 'arn:aws:sns:eu-west-1:123456789012:alarms', … }, now)
 * // => { ok: true, region: 'eu-west-1', messageId: '…', certUrl: 'https://sns.eu-west-1.amazonaws.com/….pem', timestampMs }
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
  if (cert.protocol !== 'https:' || cert.hostname !== `sns.${region}.amazonaws.com` || !cert.pathname.endsWith('.pem') || cert.port !== '' || cert.username !== '' || cert.password !== '') {
    return { ok: false, reason: `SNS signing field SigningCertURL: must be https://sns.${region}.amazonaws.com/….pem` };
  }
  const at = Date.parse(m.Timestamp);
  if (now.getTime() - at > SNS_MAX_AGE_MS) return { ok: false, reason: 'SNS signing field Timestamp: older than the 2 hours SNS retries for' };
  if (at - now.getTime() > SNS_MAX_SKEW_MS) return { ok: false, reason: 'SNS signing field Timestamp: in the future' };
  return { ok: true, region, messageId: m.MessageId, certUrl: cert.href, timestampMs: at };
}
