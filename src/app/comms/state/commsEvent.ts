import type { EscalationState } from '../../../contracts/escalationState.js';
import type { EventLogEntry } from '../../../contracts/events.js';
import type { Deps } from '../../shared/deps.js';

type CommsEventType = Extract<EventLogEntry['type'], 'communication' | 'bridgeOpened' | 'bridgeJoined' | 'bridgeMissed' | 'commsLeadDesignated' | 'updatePublished'>;

/**
 * Appends one communications entry to the incident's event log, placed on the escalation's
 * current step. Entries are identified by time, seq and type, so two entries of one type in
 * the same run need different `seq`s or the second would replace the first.
 */
export async function appendCommsEvent(
  deps: Pick<Deps, 'store' | 'clock'>,
  incidentKey: string,
  state: EscalationState | null,
  type: CommsEventType,
  detail: string,
  opts: { actor?: string; seq?: number } = {},
): Promise<void> {
  const entry: EventLogEntry = {
    incidentKey,
    at: new Date(deps.clock.now()).toISOString(),
    type,
    path: state?.path ?? null,
    level: state?.level ?? null,
    loop: state?.loop ?? 0,
    detail,
    policyId: state?.policyId ?? null,
    policyVersion: state?.policyVersion ?? null,
    seq: opts.seq ?? 0,
  };
  if (opts.actor !== undefined) entry.actor = opts.actor;
  await deps.store.appendEvents([entry]);
}
