import type { Integration } from '../../../contracts/integration.js';
import { grafanaSignature } from '../../../domain/alerts/auth/grafanaSignature.js';
import { hmacSignature } from '../../../domain/alerts/auth/hmacSignature.js';
import type { WebtriggerRequest } from '../ingest/webtriggerRequest.js';

/**
 * The webtrigger request the integration's tool would send with `body`, authenticated with the
 * integration's current secret in the tool's own way, for "Send test alert" as the tool would
 * send it. Null for signed SNS, which only AWS can sign.
 */
export function toolRequest(integration: Integration, secret: string, body: unknown, now: Date): WebtriggerRequest | null {
  let payload = body;
  // An Events v2 sender's credential is the body's routing_key.
  if (integration.auth === 'routing-key' && typeof body === 'object' && body !== null) payload = { ...body, routing_key: secret };
  const text = JSON.stringify(payload);
  const headers: Record<string, string[]> = { 'Content-Type': ['application/json'], 'User-Agent': ['jsm-escalation-test-alert'] };
  const queryParameters: Record<string, string[]> = { integration: [integration.id] };
  const ts = String(Math.floor(now.getTime() / 1000));
  switch (integration.auth) {
    case 'bearer':
      headers['Authorization'] = [`Bearer ${secret}`];
      break;
    case 'basic':
      headers['Authorization'] = [`Basic ${Buffer.from(`${integration.id}:${secret}`).toString('base64')}`];
      break;
    case 'hmac':
      headers['X-Signature-Timestamp'] = [ts];
      headers['X-Signature'] = [hmacSignature(secret, ts, text)];
      break;
    case 'grafana-hmac': {
      const g = integration.grafanaSignature;
      if (g.timestampHeader) headers[g.timestampHeader] = [ts];
      headers[g.header] = [grafanaSignature(secret, text, g.timestampHeader ? ts : null)];
      break;
    }
    case 'url-token':
      queryParameters['token'] = [secret];
      break;
    case 'routing-key':
      break;
    case 'sns':
      if (!integration.snsRawDelivery) return null;
      queryParameters['token'] = [secret];
      headers['x-amz-sns-message-type'] = ['Notification'];
      break;
  }
  return { method: 'POST', headers, queryParameters, body: text };
}
