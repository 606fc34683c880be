import type { RoleMapping } from '../access/roleMapping.js';
import { fieldPath } from '../shared/fieldError.js';
import type { PersonReference } from './personReference.js';

/** The Jira groups a role mapping grants roles through. */
export function roleMappingPeople(mapping: RoleMapping): PersonReference[] {
  return Object.entries(mapping).flatMap(([role, sources]) => sources.groups.map((groupName, i): PersonReference =>
    ({ field: fieldPath([role, 'groups', i]), kind: 'group', groupName })));
}
