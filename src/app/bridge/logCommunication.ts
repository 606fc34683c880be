import type { EscalationState } from '../../contracts/escalationState.js';
import type { Deps } from '../deps.js';
import { appendCommsEvent } from './commsEvent.js';

export interface SentCommunication {
  incidentKey: string;
  /** The person who sent it, or the rule that did (`rule:bridge-follow-up`). */
  by: string;
  audience: string;
  channel: string;
  recipients: string[];
  text: string;
  result: 'sent' | 'failed';
  /** What the receiver answered, for failed or external deliveries. */
  resultDetail?: string;
}

/**
 * Logs a communication for audit: an internal comment on the incident and a `communication`
 * event. One seam, so every bridge, reminder and public update is logged the same way.
 */
export async function logCommunication(deps: Pick<Deps, 'host' | 'store' | 'clock'>, state: EscalationState | null, c: SentCommunication, seq = 0): Promise<void> {
  const at = new Date(deps.clock.now()).toISOString();
  const result = c.resultDetail ? `${c.result} (${c.resultDetail})` : c.result;
  const to = c.recipients.length ? c.recipients.join(', ') : 'no one';
  await deps.host.addInternalComment(c.incidentKey,
    `Communication ${result} at ${at} by ${c.by}: ${c.audience} via ${c.channel} to ${to}.\n\n${c.text}`);
  await appendCommsEvent(deps, c.incidentKey, state, 'communication',
    `${c.audience} via ${c.channel} to ${to} by ${c.by}: ${result}. ${c.text}`, { actor: c.by, seq });
}
