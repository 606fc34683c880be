import type { OlaOutcome } from '../../contracts/coordination.js';
import type { EventLogEntry } from '../../contracts/events.js';

export type CoordinationEventType = Extract<EventLogEntry['type'],
  'teamEngaged' | 'teamAcknowledged' | 'teamReleased' | 'olaBreached' | 'handoffRequested' | 'handoffAccepted' | 'handoffDeclined' | 'handoffEscalated' | 'commanderDesignated'>;

/**
 * Something coordination decided should happen once: a timeline entry, maybe a page, maybe an
 * OLA outcome for the report. The key makes it happen once across retries and racing runs.
 */
export interface CoordinationEffect {
  key: string;
  type: CoordinationEventType;
  detail: string;
  actor?: string;
  page?: { accountIds: string[]; subject: string; body: string };
  outcome?: OlaOutcome;
}

/** What a coordination step produced: the new record and its effects. */
export interface CoordinationStep<R> {
  record: R;
  effects: CoordinationEffect[];
}

export const iso = (ms: number): string => new Date(ms).toISOString();
