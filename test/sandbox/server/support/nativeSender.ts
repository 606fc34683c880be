import { grafanaSignature } from '../../../../src/domain/alerts/auth/grafanaSignature.js';
import { hmacSignature } from '../../../../src/domain/alerts/auth/hmacSignature.js';
import type { AuthKind } from '../../../../src/contracts/integration.js';

export interface NativeSender { id: string; source: string; auth: AuthKind; url: string; token: string }
export interface Answer { status: number; body: { status: string; reason?: string; results?: Array<{ outcome: string; reason: string; incidentKey: string | null; dedupKey: string | null }> } }

/**
 * POSTs `body` to the integration's real webtrigger URL the way its tool does, with nothing
 * but what that tool can send: a header, Basic credentials, Grafana's signature, the URL token
 * or the routing key. SNS bodies must come signed already (POST /__sandbox/sns/sign).
 */
export async function sendNatively(s: NativeSender, body: unknown, secret = s.token): Promise<Answer> {
  let payload = body;
  if (s.auth === 'routing-key' && typeof body === 'object' && body !== null) payload = { ...body, routing_key: secret };
  const text = JSON.stringify(payload);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  let url = s.url;
  const ts = String(Math.floor(Date.now() / 1000));
  switch (s.auth) {
    case 'bearer': headers['authorization'] = `Bearer ${secret}`; break;
    case 'basic': headers['authorization'] = `Basic ${Buffer.from(`${s.id}:${secret}`).toString('base64')}`; break;
    case 'grafana-hmac': headers['x-grafana-alerting-signature'] = grafanaSignature(secret, text, null); break;
    case 'hmac': headers['x-signature-timestamp'] = ts; headers['x-signature'] = hmacSignature(secret, ts, text); break;
    case 'url-token': case 'sns': url = `${s.url}&token=${encodeURIComponent(secret)}`; if (s.auth === 'sns') headers['x-amz-sns-message-type'] = 'Notification'; break;
    case 'routing-key': break;
  }
  const res = await fetch(url, { method: 'POST', headers, body: text });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
}
