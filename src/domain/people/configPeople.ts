import type { EscalationConfig } from '../../contracts/config.js';
import { fieldPath } from '../shared/fieldError.js';
import type { PersonReference } from './personReference.js';

/** People the configuration names: service and exception owners, and routing skills. */
export function configPeople(config: EscalationConfig): PersonReference[] {
  const user = (path: ReadonlyArray<string | number>, accountId: string): PersonReference => ({ field: fieldPath(path), kind: 'user', accountId });
  return [
    ...config.services.flatMap((s, i) => (s.ownerAccountId ? [user(['services', i, 'ownerAccountId'], s.ownerAccountId)] : [])),
    ...config.exceptions.map((x, i) => user(['exceptions', i, 'ownerAccountId'], x.ownerAccountId)),
    ...config.routing.skills.map((s, i) => user(['routing', 'skills', i, 'accountId'], s.accountId)),
  ];
}
