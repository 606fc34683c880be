import { addMinutes } from 'date-fns';
import type { SyntheticCheck } from '../../../contracts/synthetic.js';

/**
 * When a check runs next: its interval after the last run started, or at once when it never
 * ran. Null while it is disabled.
 *
 * @example nextSyntheticRun({ enabled: true, intervalMinutes: 60 }, new Date('2026-12-01T09:00:00Z')) // => 2026-12-01T10:00:00Z
 */
export function nextSyntheticRun(check: Pick<SyntheticCheck, 'enabled' | 'intervalMinutes'>, lastStartedAt: Date | null, now: Date): Date | null {
  if (!check.enabled) return null;
  return lastStartedAt === null ? now : addMinutes(lastStartedAt, check.intervalMinutes);
}
