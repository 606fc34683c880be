import { fnv1a64 } from '../../shared/fnv1a64.js';
import type { RenderedMessage } from '../templates/renderTemplate.js';

/**
 * Fingerprint of what was sent, so a delivery log can prove which text went out without
 * storing it (SMS bodies are logged by hash only). Subject and body are separated by a byte
 * that cannot occur in either, so moving text between them changes the hash.
 *
 * @example
 * contentHash({ channel: 'sms', body: 'ITOPS-7 P1', truncated: false, missing: [] }) // => 16 hex digits
 */
export function contentHash(message: Pick<RenderedMessage, 'subject' | 'body'>): string {
  return fnv1a64(`${message.subject ?? ''}\u0000${message.body}`);
}
