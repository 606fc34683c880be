import type { IntegrationSecret } from '../../../contracts/integration.js';
import { hmacSignature, REPLAY_WINDOW_MS, safeEqual, withinReplayWindow } from '../../../domain/alerts/auth/hmacSignature.js';
import { acceptedSecrets } from '../../../domain/alerts/auth/rotateSecret.js';
import { snsSigningFields } from '../../../domain/alerts/auth/snsSigningFields.js';
import { header, query, type WebtriggerRequest } from './webtriggerRequest.js';

export type Authentication =
  /** `signature` (HMAC only) with the epoch ms until which the window accepts it, for replay refusal. */
  | { ok: true; json?: unknown; signed?: { signature: string; acceptedUntilMs: number } }
  | { ok: false; status: 400 | 401 | 403; reason: string };

/**
 * Checks the sender's credentials for the integration's auth kind. Every accepted secret
 * (current, and previous inside its rotation overlap) is compared in constant time, and all of
 * them are always compared, so timing says nothing about which one matched. 401 means
 * credentials are missing or expired, 403 that they are wrong.
 *
 * SNS: the token in the URL proves the subscription was set up by an admin, and the message's
 * signing fields are checked for shape, certificate host and age. The RSA signature itself is
 * not verified: that would need the certificate from sns.<region>.amazonaws.com on every
 * message, and the token already authenticates the sender (see README, Alert integrations).
 */
export function authenticateRequest(kind: 'bearer' | 'hmac' | 'sns', secret: IntegrationSecret | null, req: WebtriggerRequest, now: Date): Authentication {
  const secrets = acceptedSecrets(secret, now);
  if (secrets.length === 0) return { ok: false, status: 403, reason: 'the integration has no secret yet' };
  if (kind === 'bearer') {
    const auth = header(req, 'authorization');
    const token = auth?.match(/^Bearer\s+(\S+)\s*$/i)?.[1];
    if (!token) return { ok: false, status: 401, reason: 'missing Authorization: Bearer <token>' };
    return anyMatches(token, secrets) ? { ok: true } : { ok: false, status: 403, reason: 'wrong bearer token' };
  }
  if (kind === 'hmac') {
    const timestamp = header(req, 'x-signature-timestamp');
    const signature = header(req, 'x-signature')?.replace(/^sha256=/i, '').toLowerCase();
    if (!timestamp || !signature) return { ok: false, status: 401, reason: 'missing X-Signature-Timestamp or X-Signature' };
    if (!withinReplayWindow(timestamp, now)) return { ok: false, status: 401, reason: 'X-Signature-Timestamp is outside the 5-minute window' };
    const ok = secrets.map((s) => safeEqual(signature, hmacSignature(s, timestamp, req.body))).some(Boolean);
    return ok
      ? { ok: true, signed: { signature, acceptedUntilMs: Number(timestamp) * 1000 + REPLAY_WINDOW_MS } }
      : { ok: false, status: 403, reason: 'wrong signature' };
  }
  const token = query(req, 'token');
  if (!token) return { ok: false, status: 401, reason: 'missing token query parameter' };
  if (!anyMatches(token, secrets)) return { ok: false, status: 403, reason: 'wrong token' };
  let json: unknown;
  try {
    json = JSON.parse(req.body);
  } catch {
    return { ok: false, status: 400, reason: 'body: not valid JSON' };
  }
  const signing = snsSigningFields(json, now);
  return signing.ok ? { ok: true, json } : { ok: false, status: 403, reason: signing.reason };
}

function anyMatches(given: string, secrets: string[]): boolean {
  // map-then-some: every comparison runs, whichever matches.
  return secrets.map((s) => safeEqual(given, s)).some(Boolean);
}
