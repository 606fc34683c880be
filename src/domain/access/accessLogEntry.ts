import type { Action } from './action.js';
import type { AppRole } from './appRole.js';
import type { AccessDecision } from './can.js';

/** Someone trying to do something, as the entry point saw it. */
export interface AccessAttempt {
  readonly accountId: string;
  readonly roles: readonly AppRole[];
  readonly action: Action;
  readonly issueKey?: string;
}

/** One line of the access log. `at` is an ISO string because entries are stored as they are. */
export interface AccessLogEntry {
  readonly accountId: string;
  readonly roles: readonly AppRole[];
  readonly action: Action;
  readonly issueKey?: string;
  readonly at: string;
  readonly outcome: 'allowed' | 'denied';
  readonly reason?: string;
}

/**
 * The access-log entry for an attempt and the decision on it; denied attempts carry the
 * reason the person was shown, so an auditor sees exactly what they saw.
 *
 * @example
 * accessLogEntry({ accountId: 'ana', roles: ['viewer'], action: 'escalate', issueKey: 'INC-7' },
 *   can(['viewer'], 'escalate'), new Date('2026-03-16T10:00:00Z'))
 * // => { accountId: 'ana', roles: ['viewer'], action: 'escalate', issueKey: 'INC-7',
 * //      at: '2026-03-16T10:00:00.000Z', outcome: 'denied', reason: 'escalate needs ...' }
 */
export function accessLogEntry(attempt: AccessAttempt, decision: AccessDecision, at: Date): AccessLogEntry {
  const base = {
    accountId: attempt.accountId,
    roles: [...attempt.roles],
    action: attempt.action,
    ...(attempt.issueKey !== undefined ? { issueKey: attempt.issueKey } : {}),
    at: at.toISOString(),
  };
  return decision.allowed ? { ...base, outcome: 'allowed' } : { ...base, outcome: 'denied', reason: decision.reason };
}
