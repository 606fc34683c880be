import type { Team } from '../../contracts/team.js';
import { fieldPath } from '../shared/fieldError.js';
import type { PersonReference } from './personReference.js';

/** Every person a team names: its members, liaisons and manager path, each by its field. */
export function teamPeople(team: Pick<Team, 'members' | 'liaisons' | 'managers'>): PersonReference[] {
  return (['members', 'liaisons', 'managers'] as const).flatMap((list) =>
    team[list].map((accountId, i): PersonReference => ({ field: fieldPath([list, i]), kind: 'user', accountId })));
}
