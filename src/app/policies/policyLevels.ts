import { pathNames, type PathName } from '../../contracts/common.js';
import type { Level, Policy, Target } from '../../contracts/policy.js';

export interface PolicyLevelRef {
  policy: Policy;
  path: PathName;
  /** 1-based, as people and the panel count levels. */
  level: number;
  def: Level;
  targets: readonly Target[];
  /** Paged after the level's own targets and their follow-ups go unanswered. */
  backups: readonly Target[];
}

/**
 * Every level of every policy, with its targets and backups. Backups are read defensively: a
 * policy saved before backups existed has none.
 */
export function policyLevels(policies: readonly Policy[]): PolicyLevelRef[] {
  return policies.flatMap((policy) => pathNames.flatMap((path) => policy.paths[path].levels.map((def, i) => ({
    policy, path, level: i + 1, def, targets: def.targets, backups: (def as { backups?: readonly Target[] }).backups ?? [],
  }))));
}

/** Whether a target pages the schedule. */
export const isSchedule = (t: Target, scheduleId: string): boolean => t.type === 'schedule' && t.scheduleId === scheduleId;
