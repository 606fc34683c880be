import type { Audience, Channel } from '../templates/audience.js';
import { fnv1a64 } from '../../shared/fnv1a64.js';

export interface SendKeyParts {
  readonly incidentKey: string;
  readonly templateId: string;
  readonly templateVersion: number;
  readonly audience: Audience;
  readonly channel: Channel;
  /** Account id, phone number, address or channel id. */
  readonly recipient: string;
  /** The escalation step that caused the send, e.g. the engine's `e1/technical/L2/r0`. */
  readonly step: string;
}

/**
 * The idempotency key of one send: retrying the same step rebuilds the same key, so the
 * outbox delivers it once. The recipient enters as a hash, which keeps phone numbers and
 * addresses out of stored keys and logs; parts are URI-encoded so a `/` cannot shift fields.
 *
 * @example
 * sendKey({ incidentKey: 'ITOPS-7', templateId: 'default-responders-sms', templateVersion: 1,
 *   audience: 'responders', channel: 'sms', recipient: '+447700900123', step: 'e1/technical/L1/r0' })
 * // => 'ITOPS-7/comms/default-responders-sms@1/responders/sms/<16 hex>/e1%2Ftechnical%2FL1%2Fr0'
 */
export function sendKey(parts: SendKeyParts): string {
  const e = encodeURIComponent;
  return [
    e(parts.incidentKey),
    'comms',
    `${e(parts.templateId)}@${parts.templateVersion}`,
    parts.audience,
    parts.channel,
    fnv1a64(parts.recipient),
    e(parts.step),
  ].join('/');
}
