import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema } from './common.js';

/** What a team does; `custom` teams say it in `customKind`. */
export const teamKinds = ['network', 'security', 'application', 'businessUnit', 'vendor', 'custom'] as const;
export const TeamKindSchema = z.enum(teamKinds);
export type TeamKind = z.infer<typeof TeamKindSchema>;

export const TEAM_KIND_LABELS: Readonly<Record<TeamKind, string>> = {
  network: 'Network', security: 'Security', application: 'Application', businessUnit: 'Business unit', vendor: 'Vendor', custom: 'Custom',
};

const minutes = z.number().int().min(1, 'must be at least 1 minute').max(1440, 'must be at most 1440 minutes (a day)');

/**
 * Operational-level agreements between teams: how soon an engaged team acknowledges, and how
 * soon a handoff to it is accepted. With a calendar, only its working time counts.
 */
export const OlaTargetsSchema = z.object({
  engagementAckMinutes: minutes,
  handoffAcceptMinutes: minutes,
  calendarId: z.string().trim().min(1).max(64).nullable().default(null),
}).strict();
export type OlaTargets = z.infer<typeof OlaTargetsSchema>;

export const TeamIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes');

export const TeamSchema = z.object({
  id: TeamIdSchema,
  name: z.string().trim().min(1).max(120),
  kind: TeamKindSchema,
  customKind: z.string().trim().min(1).max(60).optional(),
  members: z.array(AccountIdSchema).min(1, 'a team needs at least one member').max(200),
  /** Who speaks for the team in a joint incident; paged with the bridge when it is engaged. */
  liaisons: z.array(AccountIdSchema).min(1, 'designate at least one liaison').max(10),
  /** The team's manager path, paged after the liaison when an OLA is missed. */
  managers: z.array(AccountIdSchema).max(10).default([]),
  /** An existing on-call schedule whose on-call person is paged for the team. */
  scheduleId: z.string().trim().min(1).max(128).nullable().default(null),
  services: z.object({
    owns: z.array(z.string().trim().min(1).max(255)).max(50).default([]),
    dependsOn: z.array(z.string().trim().min(1).max(255)).max(50).default([]),
  }).strict().default({}),
  ola: OlaTargetsSchema,
}).strict();
export type Team = z.infer<typeof TeamSchema>;
export type TeamInput = z.input<typeof TeamSchema>;

/** One saved version of a team: versions are never overwritten, so an audit sees every change. */
export const StoredTeamSchema = z.object({
  version: z.number().int().min(1),
  team: TeamSchema,
  savedBy: AccountIdSchema,
  savedAt: IsoInstantSchema,
  reason: z.string().max(2000),
});
export type StoredTeam = z.infer<typeof StoredTeamSchema>;

const Reason = z.string().trim().min(3, 'say why, in at least 3 characters').max(2000);
/** The team is parsed by the use case, so its errors name fields inside it. */
export const SaveTeamRequestSchema = z.object({ team: z.unknown(), expectedVersion: z.number().int().min(0), reason: Reason });
export type SaveTeamRequest = z.infer<typeof SaveTeamRequestSchema>;
export const DeleteTeamRequestSchema = z.object({ id: TeamIdSchema, reason: Reason });
export type DeleteTeamRequest = z.infer<typeof DeleteTeamRequestSchema>;
export const TeamHistoryRequestSchema = z.object({ id: TeamIdSchema });

/** A team as the admin page lists it: the current version and where policies and protocols use it. */
export interface TeamSummary extends StoredTeam {
  usedBy: string[];
}
