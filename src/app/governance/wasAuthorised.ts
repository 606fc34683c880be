import type { AccessLogEntry } from '../../contracts/accessLog.js';

const ACTION_NAMES: Readonly<Record<'manualEscalation' | 'stoodDown', readonly string[]>> = {
  manualEscalation: ['escalate'],
  stoodDown: ['standDown'],
};

/**
 * Whether the access log shows the action as refused for this person around that instant.
 * The engine records manual actions only after authorisation passed, so a recorded action is
 * authorised unless a refusal of the same person and action sits within a minute of it, which
 * is what a forged or replayed action would leave behind.
 */
export function wasAuthorised(log: readonly AccessLogEntry[], actor: string, action: 'manualEscalation' | 'stoodDown', at: string): boolean {
  const t = Date.parse(at);
  return !log.some((e) => !e.allowed && e.accountId === actor && ACTION_NAMES[action].includes(e.action) && Math.abs(Date.parse(e.at) - t) <= 60_000);
}
