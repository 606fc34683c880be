import type { DutiesView, LevelDuty, RotationDuty } from '../../contracts/duties.js';
import type { Target } from '../../contracts/policy.js';
import type { StoredSchedule } from '../../ports/store.js';
import type { Actor } from '../shared/actor.js';
import { authorizeSiteAction, deny, type AuthDeps } from '../access/authorize.js';
import { policyLevels } from '../policies/policyLevels.js';

/**
 * The escalation duties of a person: levels that name them or a schedule they rotate in,
 * backup duties, and their rotations. Anyone with an app role may see their own; seeing
 * someone else's needs the policy admin role.
 */
export async function getMyDuties(deps: AuthDeps, actor: Actor, accountId?: string): Promise<DutiesView> {
  const roles = await authorizeSiteAction(deps, actor, 'viewDashboard', 'getMyDuties');
  const who = accountId ?? actor.accountId;
  if (who !== actor.accountId && !roles.includes('policyAdmin')) {
    await deny(deps, actor, 'getMyDuties', null, `seeing the duties of ${who} needs the policy admin role; you may see your own`);
  }
  return dutiesOf(deps, who);
}

/** Records that the caller has read and accepts their duties now; clears the "new member" flags. */
export async function confirmMyDuties(deps: AuthDeps, actor: Actor): Promise<DutiesView> {
  await authorizeSiteAction(deps, actor, 'confirmDuties', 'confirmMyDuties');
  await deps.store.saveDutyConfirmation({ accountId: actor.accountId, confirmedAt: new Date(deps.clock.now()).toISOString() });
  return dutiesOf(deps, actor.accountId);
}

async function dutiesOf(deps: AuthDeps, accountId: string): Promise<DutiesView> {
  const [policies, schedules, confirmation] = await Promise.all([
    deps.store.listPolicies(), deps.store.listSchedules(), deps.store.getDutyConfirmation(accountId)]);
  const mine = new Set(schedules.filter((s) => inRotation(s, accountId)).map((s) => s.schedule.id));
  const levels: LevelDuty[] = [];
  for (const l of policyLevels(policies.map((p) => p.policy))) {
    const base = { policyId: l.policy.id, policyName: l.policy.name, path: l.path, level: l.level, levelName: l.def.name ?? null };
    for (const [as, targets] of [['target', l.targets], ['backup', l.backups]] as const) {
      for (const via of namedBy(targets, accountId, mine)) levels.push({ ...base, as, via });
    }
  }
  const confirmedAt = confirmation?.confirmedAt ?? null;
  const rotations: RotationDuty[] = schedules.flatMap((s) => s.schedule.layers
    .filter((layer) => layer.rotation.participants.includes(accountId))
    .map((layer) => {
      const memberSince = s.memberSince[accountId] ?? s.savedAt;
      return { scheduleId: s.schedule.id, scheduleName: s.schedule.name, layerName: layer.name, memberSince,
        isNew: confirmedAt === null || Date.parse(confirmedAt) < Date.parse(memberSince) };
    }));
  const hasDuties = levels.length > 0 || rotations.length > 0;
  return {
    accountId,
    levels: levels.filter((d) => d.as === 'target'),
    rotations,
    backups: levels.filter((d) => d.as === 'backup'),
    lastConfirmedAt: confirmedAt,
    needsConfirmation: rotations.some((r) => r.isNew) || (hasDuties && confirmedAt === null),
    now: new Date(deps.clock.now()).toISOString(),
  };
}

function inRotation(s: StoredSchedule, accountId: string): boolean {
  return s.schedule.layers.some((l) => l.rotation.participants.includes(accountId));
}

function namedBy(targets: readonly Target[], accountId: string, mySchedules: ReadonlySet<string>): LevelDuty['via'][] {
  return targets.flatMap((t): LevelDuty['via'][] => {
    if (t.type === 'user' && t.accountId === accountId) return [{ type: 'user' }];
    if (t.type === 'schedule' && mySchedules.has(t.scheduleId)) return [{ type: 'schedule', scheduleId: t.scheduleId }];
    return [];
  });
}
