import { checkPeopleExist } from '../people/checkPeopleExist.js';
import { newReferences } from '../../domain/people/personReference.js';
import { roleMappingPeople } from '../../domain/people/roleMappingPeople.js';
import type { AccessLogEntry } from '../../contracts/accessLog.js';
import type { RoleMappingView, SaveRoleMappingRequest } from '../../contracts/access.js';
import type { AppRole } from '../../domain/access/appRole.js';
import { DEFAULT_ROLE_MAPPING, roleMappingSchema, type RoleMapping } from '../../domain/access/roleMapping.js';
import { fromZodIssues } from '../../domain/shared/fieldError.js';
import type { StoredRoleMapping } from '../../ports/store.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import { type AuthDeps, authorizeSiteAction, authorizeSiteWideChange } from './authorize.js';
import { recordAdminChange } from './recordAdminChange.js';

/** The role mapping in force, and who last changed it. */
export async function getRoleMapping(deps: AuthDeps, actor: Actor): Promise<RoleMappingView> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getRoleMapping');
  return view(await deps.store.getRoleMapping());
}

/**
 * Replaces the mapping. Roles left out keep their default sources; Jira administrators stay
 * policy admins whatever the mapping says, so a bad save can always be repaired.
 */
export async function saveRoleMapping(deps: AuthDeps, actor: Actor, req: SaveRoleMappingRequest): Promise<RoleMappingView> {
  await authorizeSiteWideChange(deps, actor, 'editRoleMapping', 'saveRoleMapping');
  const parsed = roleMappingSchema.safeParse(req.mapping);
  if (!parsed.success) {
    const fields = fromZodIssues(parsed.error.issues, ['mapping']);
    throw new AppError('INVALID', `mapping: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
  }
  const stored = await deps.store.getRoleMapping();
  // Groups already in force, or Jira's standard ones in the default, are not looked up again.
  await checkPeopleExist(deps.host, newReferences(roleMappingPeople(parsed.data), [...roleMappingPeople(DEFAULT_ROLE_MAPPING), ...roleMappingPeople(stored?.mapping ?? DEFAULT_ROLE_MAPPING)]), 'mapping.');
  const version = (stored?.version ?? 0) + 1;
  const record: StoredRoleMapping = { version, mapping: parsed.data, updatedBy: actor.accountId, updatedAt: new Date(deps.clock.now()).toISOString(), reason: req.reason };
  const saved = await deps.store.saveRoleMapping(record);
  if (!saved.saved) throw new AppError('CONFLICT', `version ${saved.currentVersion} of the role mapping was saved meanwhile; reload and apply your change again`);
  await recordAdminChange(deps, actor, 'saveRoleMapping', null, `v${version}: ${req.reason}`);
  return view(record);
}

/** Every version of the role mapping, newest first, with who saved it and why. */
export async function getRoleMappingHistory(deps: AuthDeps, actor: Actor): Promise<RoleMappingView[]> {
  await authorizeSiteAction(deps, actor, 'viewPolicies', 'getRoleMappingHistory');
  return (await deps.store.listRoleMappingVersions()).map(view);
}

/** Refused attempts, newest first: who, what, when, on which issue, and the reason they were shown. */
export async function listAccessLog(deps: AuthDeps, actor: Actor, limit: number): Promise<AccessLogEntry[]> {
  await authorizeSiteAction(deps, actor, 'viewAccessLog', 'listAccessLog');
  return deps.store.listAccessLog(limit);
}

function view(r: StoredRoleMapping | null): RoleMappingView {
  const m: RoleMapping = r?.mapping ?? DEFAULT_ROLE_MAPPING;
  const mapping = Object.fromEntries(Object.entries(m).map(([role, s]) => [role, { groups: [...s.groups], projectRoles: [...s.projectRoles] }]));
  return {
    mapping: mapping as Record<AppRole, { groups: string[]; projectRoles: string[] }>,
    source: r ? 'saved' : 'default',
    version: r?.version ?? 0,
    updatedBy: r?.updatedBy ?? null,
    updatedAt: r?.updatedAt ?? null,
    reason: r?.reason ?? null,
  };
}
