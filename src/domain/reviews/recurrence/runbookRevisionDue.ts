import { TZDate } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import type { RunbookLink } from '../../../contracts/drills.js';

export interface RunbookRevisionDue {
  dueAtMs: number;
  reason: string;
}

/**
 * When a runbook is next due for revision: `months` after its last revision, or at once
 * (the moment it was asked for) when a drill finding or a systemic problem asked for one since.
 *
 * @example runbookRevisionDue({ lastRevisedAt: '2026-01-31T09:00:00Z', revisionRequested: null, ... }, 6).dueAtMs
 *   // => Date.parse('2026-07-31T09:00:00Z')
 */
export function runbookRevisionDue(runbook: Pick<RunbookLink, 'lastRevisedAt' | 'revisionRequested'>, months: number): RunbookRevisionDue {
  // Months counted in UTC, so the due date does not move with the server's zone.
  const scheduled = addMonths(new TZDate(Date.parse(runbook.lastRevisedAt), 'UTC'), months).getTime();
  const asked = runbook.revisionRequested;
  if (asked && Date.parse(asked.at) < scheduled) return { dueAtMs: Date.parse(asked.at), reason: `revision asked for by ${asked.issueKey}` };
  return { dueAtMs: scheduled, reason: `${months} months after the last revision` };
}
