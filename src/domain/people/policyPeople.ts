import type { LevelAction, Policy, Target } from '../../contracts/policy.js';
import { fieldPath } from '../shared/fieldError.js';
import type { PersonReference } from './personReference.js';

type Path = ReadonlyArray<string | number>;

/** Every person and group a policy names: level targets, backups, and assign/watch actions. */
export function policyPeople(policy: Policy): PersonReference[] {
  const out: PersonReference[] = [];
  for (const [name, path] of Object.entries(policy.paths)) {
    path.levels.forEach((level, l) => {
      const base = ['paths', name, 'levels', l];
      level.targets.forEach((t, i) => targetReference(t, [...base, 'targets', i], out));
      level.backups.forEach((t, i) => targetReference(t, [...base, 'backups', i], out));
      level.actions.forEach((a, i) => actionReferences(a, [...base, 'actions', i], out));
    });
  }
  return out;
}

function targetReference(t: Target, at: Path, out: PersonReference[]): void {
  if (t.type === 'user') out.push({ field: fieldPath([...at, 'accountId']), kind: 'user', accountId: t.accountId });
  if (t.type === 'group') out.push({ field: fieldPath([...at, 'groupName']), kind: 'group', groupName: t.groupName });
}

function actionReferences(a: LevelAction, at: Path, out: PersonReference[]): void {
  if (a.kind === 'assign' && a.accountId) out.push({ field: fieldPath([...at, 'accountId']), kind: 'user', accountId: a.accountId });
  if (a.kind === 'addWatchers') a.accountIds.forEach((id, i) => out.push({ field: fieldPath([...at, 'accountIds', i]), kind: 'user', accountId: id }));
}
