import type { CommsSettings } from '../../contracts/commsSettings.js';
import { fieldPath } from '../shared/fieldError.js';
import type { PersonReference } from './personReference.js';

/** The standing recipients of each audience: people and groups emailed through Jira. */
export function recipientPeople(settings: Pick<CommsSettings, 'recipients'>): PersonReference[] {
  return Object.entries(settings.recipients).flatMap(([audience, r]) => [
    ...r.accountIds.map((accountId, i): PersonReference => ({ field: fieldPath(['recipients', audience, 'accountIds', i]), kind: 'user', accountId })),
    ...r.groups.map((groupName, i): PersonReference => ({ field: fieldPath(['recipients', audience, 'groups', i]), kind: 'group', groupName })),
  ]);
}
