import { CommunicationRecordSchema, type CommunicationRecord, type CommunicationRecordInput } from '../../../contracts/comms.js';
import type { EventLogEntry } from '../../../contracts/events.js';
import { fnv1a64 } from '../../../domain/shared/fnv1a64.js';
import type { Deps } from '../../shared/deps.js';
import { onceOnly } from '../../shared/onceOnly.js';
import { claimKey } from './claimKey.js';
import { communicationComment, communicationSummary } from './describeCommunication.js';
import { displayNames } from '../../people/nameMentionedPeople.js';

/** The people a record names by account id: who sent it, and an email's recipients. */
function peopleOf(record: CommunicationRecord): string[] {
  const recipients = record.channel === 'email' ? record.recipients.filter((r) => !r.startsWith('group ')) : [];
  return record.sentBy.type === 'user' ? [record.sentBy.accountId, ...recipients] : recipients;
}

/**
 * Engine steps use small sequence numbers; a communication takes one from 100 to 999 fixed by
 * its id and status, so two sends logged in the same millisecond keep separate log entries and
 * the same send logged twice lands on one.
 */
function sequenceOf(id: string, status: string, attempts: number): number {
  return 100 + Number(BigInt(`0x${fnv1a64(`${id}#${status}#${attempts}`)}`) % 900n);
}

/**
 * Logs a communication on the incident: an internal comment (who or which rule, audience,
 * channel, template version, the text or for SMS its hash, when, the result) and a
 * 'communication' entry in the app's event log, which the panel's timeline shows.
 *
 * Each outcome of a send is logged once: a rerun with the same id, status and attempt count
 * (a retried invocation) finds the log claim taken and writes nothing again.
 */
export async function recordCommunication(deps: Pick<Deps, 'host' | 'store' | 'clock'>, input: CommunicationRecordInput): Promise<void> {
  const parsed = CommunicationRecordSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`communication record is invalid at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const record = parsed.data;
  const claim = claimKey(record.incidentKey, record.id, `log-${record.status}-${record.attempts}`);
  await onceOnly(deps.store, claim, async () => {
    await deps.host.addInternalComment(record.incidentKey, communicationComment(record, await displayNames(deps.host, peopleOf(record))));
    const entry: EventLogEntry = {
      incidentKey: record.incidentKey,
      at: record.sentAt,
      type: 'communication',
      path: null,
      level: null,
      loop: 0,
      detail: communicationSummary(record),
      actor: record.sentBy.type === 'user' ? record.sentBy.accountId : record.sentBy.rule,
      policyId: null,
      policyVersion: null,
      seq: sequenceOf(record.id, record.status, record.attempts),
    };
    await deps.store.appendEvents([entry]);
  });
}
