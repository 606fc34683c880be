import { z } from 'zod';
import { IsoInstantSchema } from './common.js';

/** The app's roles, as the admin UI lists them (the domain's APP_ROLES, in the same order). */
export const appRoleNames = ['initiator', 'responder', 'policyAdmin', 'commsLead', 'auditor', 'viewer', 'stakeholder'] as const;
export type AppRoleName = (typeof appRoleNames)[number];

export interface RoleSourcesDto {
  groups: string[];
  projectRoles: string[];
}

/**
 * Which Jira groups and project roles grant each app role. Project roles count in the project
 * of the issue acted on; for site-wide actions (policies, schedules, audits) they count in any
 * project an escalation policy covers. Jira administrators are always policy admins.
 */
export interface RoleMappingView {
  mapping: Record<AppRoleName, RoleSourcesDto>;
  /** 'default' until a policy admin saves a mapping. */
  source: 'default' | 'saved';
  /** Version of the saved mapping (0 for the default). */
  version: number;
  updatedBy: string | null;
  updatedAt: string | null;
  reason: string | null;
}

const reason = z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000);

/** `mapping` is parsed by the server, which names every field it refuses (e.g. `mapping.auditor.groups[0]`). */
export const SaveRoleMappingRequestSchema = z.object({ mapping: z.unknown(), reason });
export type SaveRoleMappingRequest = z.infer<typeof SaveRoleMappingRequestSchema>;

export const ListAccessLogRequestSchema = z.object({ limit: z.number().int().min(1).max(100).default(50) });
export type ListAccessLogRequest = z.input<typeof ListAccessLogRequestSchema>;

/** A saved role mapping as stored, with who changed it and why. */
export const StoredRoleMappingMetaSchema = z.object({ updatedBy: z.string(), updatedAt: IsoInstantSchema, reason: z.string() });
