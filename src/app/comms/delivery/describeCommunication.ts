import type { CommunicationRecord } from '../../../contracts/comms.js';
import { withDisplayNames } from '../../../domain/people/userMentions.js';

const CHANNEL_NAMES: Readonly<Record<CommunicationRecord['channel'], string>> = {
  email: 'email',
  slack: 'Slack',
  teams: 'Microsoft Teams',
  sms: 'SMS',
  jsmPublicComment: 'public comment',
};

/** Who sent it, in words: a person's account id or the rule that fired. */
export function senderOf(record: Pick<CommunicationRecord, 'sentBy'>): string {
  return record.sentBy.type === 'user' ? `user ${record.sentBy.accountId}` : `rule "${record.sentBy.rule}"`;
}

/**
 * Whom it went to, in words: an email's people as `user <id>` (the panel and comments show
 * their names), its groups, masked numbers and webhook labels as recorded.
 */
export function recipientsOf(record: Pick<CommunicationRecord, 'channel' | 'recipients'>): string {
  const words = record.channel === 'email' ? record.recipients.map((r) => (r.startsWith('group ') ? r : `user ${r}`)) : record.recipients;
  return words.join(', ') || '(nobody)';
}

/** The delivery result in words, with the error and the next try where they apply. */
export function resultOf(record: Pick<CommunicationRecord, 'status' | 'attempts' | 'lastError' | 'nextAttemptAt'>): string {
  const tries = `${record.attempts} attempt${record.attempts === 1 ? '' : 's'}`;
  switch (record.status) {
    case 'sent':
      return `sent (${tries})`;
    case 'retrying':
      return `not delivered yet (${tries}, ${record.lastError ?? 'no answer'}); next try at ${record.nextAttemptAt ?? 'soon'}`;
    case 'failed':
      return `FAILED after ${tries}: ${record.lastError ?? 'unknown error'}`;
  }
}

/** One line for the event log and the panel's timeline. */
export function communicationSummary(record: CommunicationRecord): string {
  return [
    `${record.audience} via ${CHANNEL_NAMES[record.channel]}`,
    `template ${record.templateId} v${record.templateVersion}`,
    `by ${senderOf(record)}`,
    `to ${recipientsOf(record)}`,
    resultOf(record),
    record.text === null ? `content hash ${record.contentHash}` : null,
  ]
    .filter((part): part is string => part !== null)
    .join('; ');
}

/**
 * The internal comment that keeps the communication on the incident for audit and
 * post-mortem: everything in the summary plus the text that went out (SMS: its hash only).
 * People are named by display name where `names` knows them; the text is left as it was sent.
 */
export function communicationComment(record: CommunicationRecord, names: ReadonlyMap<string, string> = new Map()): string {
  const lines = [
    `Communication ${record.status === 'failed' ? 'FAILED' : record.status === 'retrying' ? 'delayed' : 'sent'}: ${record.audience} via ${CHANNEL_NAMES[record.channel]}`,
    `Sent by: ${senderOf(record)}`,
    `Template: ${record.templateId} version ${record.templateVersion}`,
    `Recipients: ${recipientsOf(record)}`,
    `When: ${record.sentAt}`,
    `Result: ${resultOf(record)}`,
  ].map((line) => withDisplayNames(line, names));
  if (record.text === null) lines.push(`Content hash: ${record.contentHash} (SMS text is not stored)`);
  else {
    if (record.subject !== null) lines.push(`Subject: ${record.subject}`);
    lines.push('Text:', record.text);
  }
  return lines.join('\n');
}
