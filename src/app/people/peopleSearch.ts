import type { GroupDto, LookupPeopleRequest, PeopleLookup, PeopleSearchResult, PersonDto, SearchPeopleRequest } from '../../contracts/people.js';
import type { DirectoryUser } from '../../ports/incidentHost.js';
import { authorizeSiteAction, type AuthDeps } from '../access/authorize.js';
import type { Actor } from '../shared/actor.js';

export function toPersonDto(u: DirectoryUser): PersonDto {
  return { accountId: u.accountId, displayName: u.displayName || u.accountId, avatarUrl: u.avatarUrl ?? null, active: u.active };
}

/**
 * A picker's suggestions. Whoever may read the settings may search, and Jira searches with their
 * own rights, so nobody learns of a person or group Jira would hide from them.
 */
export async function searchPeople(deps: AuthDeps, actor: Actor, req: Required<SearchPeopleRequest>): Promise<PeopleSearchResult> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'searchPeople');
  if (req.kind === 'user') return { users: (await deps.host.searchUsers(req.query, req.maxResults)).map(toPersonDto), groups: [] };
  const groups: GroupDto[] = await deps.host.searchGroups(req.query, req.maxResults);
  return { users: [], groups };
}

/** Display names and avatars for the account ids a settings screen shows, each looked up once. */
export async function lookupPeople(deps: AuthDeps, actor: Actor, req: Required<LookupPeopleRequest>): Promise<PeopleLookup> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'lookupPeople');
  const ids = [...new Set(req.accountIds)];
  const found = await Promise.all(ids.map((id) => deps.host.getUser(id)));
  return {
    users: found.flatMap((u) => (u ? [toPersonDto(u)] : [])),
    unknown: ids.filter((_, i) => found[i] === null),
  };
}
