import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema } from './common.js';

/** A policy level that names the person, directly or through a schedule they rotate in. */
export interface LevelDuty {
  policyId: string;
  policyName: string;
  path: string;
  level: number;
  levelName: string | null;
  /** 'backup': paged when the level's targets do not acknowledge. */
  as: 'target' | 'backup';
  via: { type: 'user' } | { type: 'schedule'; scheduleId: string };
}

export interface RotationDuty {
  scheduleId: string;
  scheduleName: string;
  layerName: string;
  memberSince: string;
  /** Added after the person last confirmed their duties (or never confirmed). */
  isNew: boolean;
}

export interface DutiesView {
  accountId: string;
  levels: LevelDuty[];
  rotations: RotationDuty[];
  backups: LevelDuty[];
  lastConfirmedAt: string | null;
  /** True while a rotation they joined is not yet confirmed. */
  needsConfirmation: boolean;
  now: string;
}

/** Without `accountId`, the caller's own duties; another person's need the policy admin role. */
export const GetMyDutiesRequestSchema = z.object({ accountId: AccountIdSchema.optional() });
export type GetMyDutiesRequest = z.infer<typeof GetMyDutiesRequestSchema>;

export const roleAuditFindingKinds = ['inactiveUser', 'unknownUser', 'missingRole', 'levelResolvesToNobody', 'scheduleGap'] as const;

/** One problem the role audit found, with a sentence an admin can act on. */
export const RoleAuditFindingSchema = z.object({
  kind: z.enum(roleAuditFindingKinds),
  message: z.string(),
  accountId: z.string().optional(),
  scheduleId: z.string().optional(),
  policyId: z.string().optional(),
  path: z.string().optional(),
  level: z.number().int().optional(),
  start: IsoInstantSchema.optional(),
  end: IsoInstantSchema.optional(),
});
export type RoleAuditFinding = z.infer<typeof RoleAuditFindingSchema>;

export const AttestationSchema = z.object({ by: z.string(), at: IsoInstantSchema, statement: z.string() });
export type Attestation = z.infer<typeof AttestationSchema>;

/** One run of the role validation audit, closed by an admin's attestation. */
export const RoleAuditRecordSchema = z.object({
  id: z.string().min(1),
  ranAt: IsoInstantSchema,
  ranBy: z.string(),
  findings: z.array(RoleAuditFindingSchema),
  attestation: AttestationSchema.nullable(),
});
export type RoleAuditRecord = z.infer<typeof RoleAuditRecordSchema>;

export interface RoleAuditView {
  audit: RoleAuditRecord | null;
  /** Quarterly: three months after the last attestation; due at once when never attested. */
  dueAt: string;
  overdue: boolean;
  lastAttestedAt: string | null;
}

export const AttestRoleAuditRequestSchema = z.object({
  auditId: z.string().min(1),
  statement: z.string().trim().min(10, 'must say what was reviewed, in at least 10 characters').max(4000),
});
export type AttestRoleAuditRequest = z.infer<typeof AttestRoleAuditRequestSchema>;
