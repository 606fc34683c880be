import type { MySurfacesView } from '../../contracts/surfaces.js';
import { ROLE_LABELS } from '../../domain/access/appRole.js';
import { can } from '../../domain/access/can.js';
import type { Actor } from '../shared/actor.js';
import { policyProjects, rolesIn, type RoleDeps } from './callerRoles.js';

/**
 * The sections the caller may open from the Apps-menu page. Knowing one's own roles needs no
 * role, so this is never refused or logged; each section's resolvers still authorise every call,
 * so a section shown here by mistake would only show its refusal.
 */
export async function mySurfaces(deps: RoleDeps, actor: Actor): Promise<MySurfacesView> {
  const roles = await rolesIn(deps, actor.accountId, await policyProjects(deps.store));
  return {
    roles: roles.map((r) => ROLE_LABELS[r]),
    sections: {
      duties: can(roles, 'viewDashboard').allowed,
      accessLog: can(roles, 'viewAccessLog').allowed,
      governance: can(roles, 'viewGovernance').allowed,
    },
  };
}
