import type { Integration, IntegrationSecret } from '../../../contracts/integration.js';
import { basicCredentials } from '../../../domain/alerts/auth/basicCredentials.js';
import { grafanaSignature } from '../../../domain/alerts/auth/grafanaSignature.js';
import { hmacSignature, REPLAY_WINDOW_MS, safeEqual, withinReplayWindow } from '../../../domain/alerts/auth/hmacSignature.js';
import { acceptedSecrets } from '../../../domain/alerts/auth/rotateSecret.js';
import { SNS_MAX_AGE_MS, snsSigningFields } from '../../../domain/alerts/auth/snsSigningFields.js';
import { header, query, type WebtriggerRequest } from './webtriggerRequest.js';

/** An SNS message whose signing fields are well formed; its signature is verified next (verifySns). */
export interface SnsToVerify {
  message: Record<string, unknown>;
  region: string;
  certUrl: string;
}

export type Authentication =
  /**
   * `once`: a key the request may be accepted under only once (a signature, an SNS MessageId),
   * with the epoch ms until which it could otherwise be replayed.
   */
  | { ok: true; json?: unknown; once?: { key: string; untilMs: number; what: string }; sns?: SnsToVerify }
  | { ok: false; status: 400 | 401 | 403; reason: string };

/** Grafana's code signs under this name when its contact point leaves the header empty. */
const GRAFANA_FALLBACK_HEADER = 'X-Grafana-Alert-Signature';

/**
 * Checks the sender's credentials with the integration's scheme (see AUTH_KINDS). Every accepted
 * secret (current, and previous inside its rotation overlap) is compared in constant time, and
 * all of them are always compared, so timing says nothing about which one matched. 401 means
 * credentials are missing or expired, 403 that they are wrong, 400 (after authentication) that
 * the body is not JSON. Reasons never echo a credential.
 */
export function authenticateRequest(integration: Integration, secret: IntegrationSecret | null, req: WebtriggerRequest, now: Date): Authentication {
  const secrets = acceptedSecrets(secret, now);
  if (secrets.length === 0) return { ok: false, status: 403, reason: 'the integration has no secret yet' };
  switch (integration.auth) {
    case 'bearer': {
      const token = bearer(req);
      if (!token) return { ok: false, status: 401, reason: 'missing Authorization: Bearer <token>' };
      return anyMatches(token, secrets) ? { ok: true } : { ok: false, status: 403, reason: 'wrong bearer token' };
    }
    case 'basic': {
      const creds = basicCredentials(header(req, 'authorization'));
      if (!creds) return { ok: false, status: 401, reason: 'missing Authorization: Basic <user:password>' };
      // Both compared whatever the first gives, so timing does not tell a right user from a wrong one.
      const userOk = safeEqual(creds.user, integration.id);
      const passwordOk = anyMatches(creds.password, secrets);
      return userOk && passwordOk ? { ok: true } : { ok: false, status: 403, reason: 'wrong user or password' };
    }
    case 'hmac': {
      const timestamp = header(req, 'x-signature-timestamp');
      const signature = header(req, 'x-signature')?.replace(/^sha256=/i, '').toLowerCase();
      if (!timestamp || !signature) return { ok: false, status: 401, reason: 'missing X-Signature-Timestamp or X-Signature' };
      if (!withinReplayWindow(timestamp, now)) return { ok: false, status: 401, reason: 'X-Signature-Timestamp is outside the 5-minute window' };
      const ok = secrets.map((s) => safeEqual(signature, hmacSignature(s, timestamp, req.body))).some(Boolean);
      return ok
        ? { ok: true, once: { key: `hmac:${integration.id}:${signature}`, untilMs: Number(timestamp) * 1000 + REPLAY_WINDOW_MS, what: 'X-Signature' } }
        : { ok: false, status: 403, reason: 'wrong signature' };
    }
    case 'grafana-hmac':
      return grafana(integration, secrets, req, now);
    case 'url-token': {
      const token = query(req, 'token');
      if (!token) return { ok: false, status: 401, reason: 'missing token query parameter' };
      return anyMatches(token, secrets) ? { ok: true } : { ok: false, status: 403, reason: 'wrong token' };
    }
    case 'routing-key':
      return routingKey(secrets, req);
    case 'sns':
      return sns(integration, secrets, req, now);
  }
}

function grafana(integration: Integration, secrets: string[], req: WebtriggerRequest, now: Date): Authentication {
  const cfg = integration.grafanaSignature;
  const given = (header(req, cfg.header) ?? (cfg.header === 'X-Grafana-Alerting-Signature' ? header(req, GRAFANA_FALLBACK_HEADER) : null))?.trim().toLowerCase();
  if (!given) return { ok: false, status: 401, reason: `missing ${cfg.header}` };
  let timestamp: string | null = null;
  if (cfg.timestampHeader !== null) {
    timestamp = header(req, cfg.timestampHeader);
    if (!timestamp) return { ok: false, status: 401, reason: `missing ${cfg.timestampHeader}` };
    if (!withinReplayWindow(timestamp, now)) return { ok: false, status: 401, reason: `${cfg.timestampHeader} is outside the 5-minute window` };
  }
  const ok = secrets.map((s) => safeEqual(given, grafanaSignature(s, req.body, timestamp))).some(Boolean);
  if (!ok) return { ok: false, status: 403, reason: 'wrong signature' };
  // Without a timestamp Grafana's signature is the same for the same body, and a repeat
  // notification is a legitimate resend: only a timestamped signature can be spent once.
  return timestamp === null ? { ok: true } : { ok: true, once: { key: `grafana:${integration.id}:${given}`, untilMs: Number(timestamp) * 1000 + REPLAY_WINDOW_MS, what: cfg.header } };
}

function routingKey(secrets: string[], req: WebtriggerRequest): Authentication {
  const json = parseJson(req.body);
  const key = typeof json === 'object' && json !== null ? (json as Record<string, unknown>)['routing_key'] : undefined;
  if (typeof key !== 'string' || key === '') return { ok: false, status: 401, reason: 'missing routing_key in the body' };
  const keyOk = anyMatches(key, secrets);
  // Events v2 senders send no Authorization header; one that does must send the right secret.
  const token = bearer(req);
  const tokenOk = token === null || anyMatches(token, secrets);
  return keyOk && tokenOk ? { ok: true, json } : { ok: false, status: 403, reason: keyOk ? 'wrong bearer token' : 'wrong routing_key' };
}

function sns(integration: Integration, secrets: string[], req: WebtriggerRequest, now: Date): Authentication {
  const token = query(req, 'token');
  if (!token) return { ok: false, status: 401, reason: 'missing token query parameter' };
  if (!anyMatches(token, secrets)) return { ok: false, status: 403, reason: 'wrong token' };
  const json = parseJson(req.body);
  if (json === undefined) return { ok: false, status: 400, reason: 'body: not valid JSON' };
  const envelope = typeof json === 'object' && json !== null && 'Signature' in json;
  // Raw message delivery: SNS posts the message itself, unsigned; handshakes still come signed.
  if (integration.snsRawDelivery && !envelope && header(req, 'x-amz-sns-message-type') === 'Notification') {
    const id = header(req, 'x-amz-sns-message-id');
    return id ? { ok: true, json, once: { key: `sns:${integration.id}:${id}`, untilMs: now.getTime() + SNS_MAX_AGE_MS, what: 'x-amz-sns-message-id' } } : { ok: true, json };
  }
  const signing = snsSigningFields(json, now);
  if (!signing.ok) return { ok: false, status: 403, reason: signing.reason };
  return {
    ok: true, json,
    once: { key: `sns:${integration.id}:${signing.messageId}`, untilMs: signing.timestampMs + SNS_MAX_AGE_MS, what: 'MessageId' },
    sns: { message: json as Record<string, unknown>, region: signing.region, certUrl: signing.certUrl },
  };
}

function bearer(req: WebtriggerRequest): string | null {
  return header(req, 'authorization')?.match(/^Bearer\s+(\S+)\s*$/i)?.[1] ?? null;
}

function parseJson(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}

function anyMatches(given: string, secrets: string[]): boolean {
  // map-then-some: every comparison runs, whichever matches.
  return secrets.map((s) => safeEqual(given, s)).some(Boolean);
}
