import { z } from 'zod';
import { APP_ROLES, type AppRole } from './appRole.js';

/** The Jira group names and project role names that grant one app role. */
export interface RoleSources {
  readonly groups: readonly string[];
  readonly projectRoles: readonly string[];
}

export type RoleMapping = Readonly<Record<AppRole, RoleSources>>;

/**
 * Works on a fresh Jira Service Management project without configuration: agents (the
 * "Service Desk Team" project role) can escalate and respond, project administrators manage
 * policies, and any licensed Jira user can view. Comms leads, auditors and stakeholders are
 * left for an admin to grant, because nothing in a default site says who they are.
 */
export const DEFAULT_ROLE_MAPPING: RoleMapping = {
  initiator: { groups: [], projectRoles: ['Service Desk Team'] },
  responder: { groups: [], projectRoles: ['Service Desk Team'] },
  policyAdmin: { groups: [], projectRoles: ['Administrators'] },
  commsLead: { groups: [], projectRoles: [] },
  auditor: { groups: [], projectRoles: [] },
  viewer: { groups: ['jira-software-users', 'jira-servicemanagement-users'], projectRoles: [] },
  // Business readers who follow services: granted by a group an admin names.
  stakeholder: { groups: [], projectRoles: [] },
};

const names = z.array(z.string().trim().min(1, 'must not be empty')).default([]);
const sourcesSchema = z.object({ groups: names, projectRoles: names }).strict();

/** Parses a stored or submitted mapping; roles left out keep their default sources. */
export const roleMappingSchema = z
  .object(Object.fromEntries(APP_ROLES.map((role) => [role, sourcesSchema.optional()])) as Record<AppRole, z.ZodOptional<typeof sourcesSchema>>)
  .strict()
  .transform((input): RoleMapping => {
    const entries = APP_ROLES.map((role) => [role, input[role] ?? DEFAULT_ROLE_MAPPING[role]] as const);
    return Object.fromEntries(entries) as Record<AppRole, RoleSources>;
  });
