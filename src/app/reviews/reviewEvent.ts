import type { EventLogEntry } from '../../contracts/events.js';
import type { Deps } from '../shared/deps.js';

type ReviewEventType = Extract<EventLogEntry['type'], `review${string}`>;

/**
 * Logs a review step on the incident's event log, so the incident's timeline shows the review
 * beside the escalation it reviews. Each type is logged at most once per instant.
 */
export async function logReviewEvent(
  deps: Pick<Deps, 'store' | 'clock'>,
  incidentKey: string,
  type: ReviewEventType,
  detail: string,
  actor?: string,
): Promise<void> {
  const entry: EventLogEntry = {
    incidentKey, at: new Date(deps.clock.now()).toISOString(), type, path: null, level: null, loop: 0, detail,
    policyId: null, policyVersion: null, seq: 0,
  };
  if (actor !== undefined) entry.actor = actor;
  await deps.store.appendEvents([entry]);
}
