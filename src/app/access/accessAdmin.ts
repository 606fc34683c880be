import type { AccessLogEntry } from '../../contracts/accessLog.js';
import type { RoleMappingView, SaveRoleMappingRequest } from '../../contracts/access.js';
import type { AppRole } from '../../domain/access/appRole.js';
import { DEFAULT_ROLE_MAPPING, roleMappingSchema, type RoleMapping } from '../../domain/access/roleMapping.js';
import { fromZodIssues } from '../../domain/shared/fieldError.js';
import type { StoredRoleMapping } from '../../ports/store.js';
import type { Actor } from '../shared/actor.js';
import { AppError } from '../shared/appError.js';
import { authorizeSiteAction, type AuthDeps } from './authorize.js';

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
  await authorizeSiteAction(deps, actor, 'editRoleMapping', 'saveRoleMapping');
  const parsed = roleMappingSchema.safeParse(req.mapping);
  if (!parsed.success) {
    const fields = fromZodIssues(parsed.error.issues, ['mapping']);
    throw new AppError('INVALID', `mapping: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
  }
  const record: StoredRoleMapping = { mapping: parsed.data, updatedBy: actor.accountId, updatedAt: new Date(deps.clock.now()).toISOString(), reason: req.reason };
  await deps.store.saveRoleMapping(record);
  return view(record);
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
    updatedBy: r?.updatedBy ?? null,
    updatedAt: r?.updatedAt ?? null,
    reason: r?.reason ?? null,
  };
}
