import { createHmac } from 'node:crypto';

/**
 * The signature Grafana's webhook contact point sends when HMAC signing is set up: lower-case
 * hex HMAC-SHA256 keyed with the shared secret, over the raw body, or over
 * `${timestamp}:${body}` when a timestamp header is configured (Grafana then sends the Unix
 * seconds it signed in that header).
 *
 * @example
 * grafanaSignature('s3cret…', '{"status":"firing"}', null)        // over the body alone
 * grafanaSignature('s3cret…', '{"status":"firing"}', '1795770000') // over "1795770000:{…}"
 */
export function grafanaSignature(secret: string, body: string, timestamp: string | null): string {
  const mac = createHmac('sha256', secret);
  if (timestamp !== null) mac.update(`${timestamp}:`, 'utf8');
  return mac.update(body, 'utf8').digest('hex');
}
