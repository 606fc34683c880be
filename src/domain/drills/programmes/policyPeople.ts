import type { Policy } from '../../../contracts/policy.js';
import type { Schedule } from '../../oncall/schedule.js';

/** Everyone the policy can page: its named users and every participant of the schedules it names. */
export function policyPeople(policy: Policy, schedules: ReadonlyMap<string, Schedule>): string[] {
  const out = new Set<string>();
  for (const path of Object.values(policy.paths)) {
    for (const level of path.levels) {
      for (const t of [...level.targets, ...level.backups]) {
        if (t.type === 'user') out.add(t.accountId);
        if (t.type === 'schedule') {
          for (const layer of schedules.get(t.scheduleId)?.layers ?? []) for (const p of layer.rotation.participants) out.add(p);
        }
      }
    }
  }
  return [...out].sort();
}
