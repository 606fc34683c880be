import type { Policy } from '../../contracts/policy.js';
import type { ProposedLevelChange } from '../../contracts/reviewContent.js';
import type { FieldError } from '../shared/fieldError.js';

export type ApplyResult = { ok: true; policy: Policy } | { ok: false; error: FieldError };

/**
 * The draft a finding proposes: the policy with one level's delay or acknowledgement timeout
 * changed, everything else as it was.
 *
 * @example applyLevelChange(policy, { path: 'technical', level: 1, ackTimeoutMinutes: 5 })
 *   // → technical level 1 now waits 5 minutes for an acknowledgement
 */
export function applyLevelChange(policy: Policy, change: ProposedLevelChange): ApplyResult {
  const levels = policy.paths[change.path].levels;
  const current = levels[change.level - 1];
  if (!current) return { ok: false, error: { field: 'change.level', message: `the ${change.path} path has ${levels.length} level(s), not ${change.level}` } };
  const changed = {
    ...current,
    ...(change.delayMinutes !== undefined ? { delayMinutes: change.delayMinutes } : {}),
    ...(change.ackTimeoutMinutes !== undefined ? { ackTimeoutMinutes: change.ackTimeoutMinutes } : {}),
  };
  const path = { ...policy.paths[change.path], levels: levels.map((l, i) => (i === change.level - 1 ? changed : l)) };
  return { ok: true, policy: { ...policy, paths: { ...policy.paths, [change.path]: path } } };
}

/** The change in words, for the finding and the published version's reason. */
export function describeLevelChange(c: ProposedLevelChange): string {
  const parts = [
    c.delayMinutes !== undefined ? `delay ${c.delayMinutes} min` : null,
    c.ackTimeoutMinutes !== undefined ? `acknowledgement timeout ${c.ackTimeoutMinutes} min` : null,
  ].filter((p): p is string => p !== null);
  return `${c.path} level ${c.level}: ${parts.join(', ')}`;
}
