import type { Audience, Channel } from '../../../contracts/comms.js';
import type { EscalationState } from '../../../contracts/escalationState.js';
import { contentHash } from '../../../domain/comms/delivery/contentHash.js';
import { recordCommunication } from '../delivery/recordCommunication.js';
import type { Deps } from '../../shared/deps.js';
import { appendCommsEvent } from './commsEvent.js';

export interface SentCommunication {
  incidentKey: string;
  /** The send's idempotency key. */
  id: string;
  /** The person who sent it (`user`), or the rule that did (`rule:bridge-follow-up`). */
  by: string;
  audience: Audience;
  /** `statusPage` is the external status-page webhook, which the shared channel list does not name. */
  channel: Channel | 'statusPage';
  recipients: string[];
  subject: string | null;
  text: string;
  result: 'sent' | 'failed';
  /** What went wrong, for a failed delivery. */
  error?: string;
}

/**
 * Built-in messages (bridge chases, cadence reminders, free-text public updates) are not
 * admin templates; they are logged under a fixed built-in id so the audit trail still says
 * which wording produced them.
 */
const BUILT_IN_VERSION = 1;

/**
 * Logs a bridge, cadence or public-update communication: through the shared
 * `recordCommunication` (internal comment + `communication` event) for the shared channels.
 * The status-page webhook is not one of those channels, so it gets the same internal comment
 * and event written here.
 */
export async function logCommunication(deps: Pick<Deps, 'host' | 'store' | 'clock'>, state: EscalationState | null, c: SentCommunication, templateId: string): Promise<void> {
  const sentAt = new Date(deps.clock.now()).toISOString();
  const rule = c.by.startsWith('rule:') ? c.by.slice('rule:'.length) : null;
  if (c.channel !== 'statusPage') {
    await recordCommunication(deps, {
      incidentKey: c.incidentKey, id: c.id, sentBy: rule !== null ? { type: 'rule', rule } : { type: 'user', accountId: c.by },
      audience: c.audience, channel: c.channel, templateId: `builtin-${templateId}`, templateVersion: BUILT_IN_VERSION,
      recipients: c.recipients, subject: c.subject, text: c.text, contentHash: contentHash({ ...(c.subject !== null ? { subject: c.subject } : {}), body: c.text }),
      status: c.result, attempts: 1, lastError: c.error ?? null, sentAt, nextAttemptAt: null,
    });
    return;
  }
  const result = c.result === 'sent' ? 'sent' : `FAILED: ${c.error ?? 'unknown error'}`;
  const to = c.recipients.join(', ') || '(nobody)';
  await deps.host.addInternalComment(c.incidentKey, [`Communication ${c.result === 'sent' ? 'sent' : 'FAILED'}: ${c.audience} via status page`,
    `Sent by: user ${c.by}`, `Recipients: ${to}`, `When: ${sentAt}`, `Result: ${result}`, 'Text:', c.text].join('\n'));
  await appendCommsEvent(deps, c.incidentKey, state, 'communication', `${c.audience} via status page; by user ${c.by}; to ${to}; ${result}`, { actor: c.by, seq: 2 });
}
