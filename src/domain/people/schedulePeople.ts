import type { Schedule } from '../oncall/schedule.js';
import { fieldPath } from '../shared/fieldError.js';
import type { PersonReference } from './personReference.js';

/** Every person a schedule names: rotation participants and overrides. */
export function schedulePeople(schedule: Schedule): PersonReference[] {
  const out: PersonReference[] = [];
  schedule.layers.forEach((layer, l) => layer.rotation.participants.forEach((id, i) =>
    out.push({ field: fieldPath(['layers', l, 'rotation', 'participants', i]), kind: 'user', accountId: id })));
  schedule.overrides.forEach((o, i) => out.push({ field: fieldPath(['overrides', i, 'accountId']), kind: 'user', accountId: o.accountId }));
  return out;
}
