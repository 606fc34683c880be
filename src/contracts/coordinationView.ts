import type { WarRoomView } from './warRoom.js';
import { z } from 'zod';
import { AccountIdSchema, IssueKeySchema } from './common.js';
import type { Engagement, Handoff } from './coordination.js';
import type { OlaOutcome } from './coordination.js';
import { TeamIdSchema, type TeamKind } from './team.js';

const issueKey = IssueKeySchema;
const text = (what: string) => z.string().trim().min(1, `say ${what}`).max(4000);

export const CoordinationRequestSchema = z.object({ issueKey });
export const EngageTeamRequestSchema = z.object({ issueKey, teamId: TeamIdSchema, withLiaison: z.boolean().default(true) });
export const TeamActionRequestSchema = z.object({ issueKey, teamId: TeamIdSchema });
export const ReleaseTeamRequestSchema = z.object({ issueKey, teamId: TeamIdSchema, reason: z.string().trim().min(3, 'say why, in at least 3 characters').max(2000) });
export const RequestHandoffRequestSchema = z.object({
  issueKey, fromTeamId: TeamIdSchema, toTeamId: TeamIdSchema,
  known: text('what is known'), tried: text('what was tried'), needed: text('what is needed'),
  receiver: AccountIdSchema.nullable().default(null),
});
export type RequestHandoffRequest = z.infer<typeof RequestHandoffRequestSchema>;
export const HandoffDecisionRequestSchema = z.object({
  issueKey, handoffId: z.string().regex(/^h[0-9]{1,4}$/, 'must be a handoff id such as h1'),
  decision: z.enum(['accept', 'decline']),
  reason: z.string().trim().max(2000).default(''),
});
export type HandoffDecisionRequest = z.infer<typeof HandoffDecisionRequestSchema>;
export const DesignateCommanderRequestSchema = z.object({ issueKey, accountId: AccountIdSchema });

export const OlaReportRequestSchema = z.object({
  from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be yyyy-MM-dd'),
  to: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be yyyy-MM-dd'),
});

export interface CoordinationPermission { allowed: boolean; reason?: string }

/** One engaged team as the panel shows it, with its OLA clock. */
export interface EngagedTeamView extends Engagement {
  kind: TeamKind | null;
  /** Whether the signed-in user is a member (may acknowledge, accept handoffs for it). */
  mine: boolean;
}

export interface CoordinationView {
  issueKey: string;
  now: string;
  engagements: EngagedTeamView[];
  handoffs: Handoff[];
  commander: { accountId: string; designatedBy: string; at: string; role: string } | null;
  /** The role a commander is designated from (the first matched protocol's), and protocols matched. */
  commanderRole: string;
  protocols: Array<{ id: string; name: string }>;
  /** Teams that can be engaged by hand or handed to. */
  teams: Array<{ id: string; name: string; kind: TeamKind; liaisons: string[] }>;
  closedAt: string | null;
  /** Teams the signed-in user may act for (members and manager path). */
  myTeams: string[];
  /** The incident's Slack war room, once one was wanted. */
  warRoom: WarRoomView | null;
  permissions: { coordinate: CoordinationPermission };
}

export interface OlaReportView {
  from: string;
  to: string;
  teams: Array<{
    teamId: string; teamName: string; clocks: number; met: number; metPercent: number | null;
    breaches: Array<Pick<OlaOutcome, 'incidentKey' | 'kind' | 'dueAt' | 'stoppedAt' | 'customerSlaBreached'>>;
    breachesWithCustomerSlaBreach: number;
    trend: Array<{ day: string; clocks: number; met: number }>;
  }>;
}
