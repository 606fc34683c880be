import type { PathName } from '../../contracts/common.js';
import type { EscalationState } from '../../contracts/escalationState.js';
import type { EventLogEntry } from '../../contracts/events.js';
import type { ReviewFacts } from './requiresReview.js';

const ESCALATING = new Set<EventLogEntry['type']>(['triggered', 'manualEscalation']);

/** The rule's facts from the escalation's recorded events and its last state. */
export function reviewFacts(state: EscalationState | null, events: readonly EventLogEntry[], service: string | null): ReviewFacts {
  const paths = new Set<PathName>();
  for (const e of events) if (e.path !== null && e.type !== 'alertReceived' && e.type !== 'alertResolved') paths.add(e.path);
  if (state?.path) paths.add(state.path);
  return {
    escalated: events.some((e) => ESCALATING.has(e.type)) || (state?.episode ?? 0) > 0,
    priority: state?.priority ?? null,
    pathsReached: [...paths].sort(),
    service,
  };
}
