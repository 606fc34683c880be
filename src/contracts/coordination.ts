import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema } from './common.js';
import { TeamIdSchema } from './team.js';

export const engagementStates = ['engaged', 'acknowledged', 'handedOff', 'released'] as const;
export type EngagementState = (typeof engagementStates)[number];

/** One team working an incident: who was paged and why, and its acknowledgement OLA clock. */
export const EngagementSchema = z.object({
  teamId: TeamIdSchema,
  teamName: z.string(),
  /** The protocol that engaged it; null when someone engaged it by hand, or it took a handoff. */
  protocolId: z.string().nullable(),
  step: z.number().int().min(1),
  state: z.enum(engagementStates),
  engagedAt: IsoInstantSchema,
  engagedBy: z.string(),
  paged: z.array(AccountIdSchema),
  liaisons: z.array(AccountIdSchema),
  /** Who was paged and why, for the panel and the timeline. */
  why: z.string(),
  olaDueAt: IsoInstantSchema.nullable(),
  acknowledgedAt: IsoInstantSchema.nullable().default(null),
  acknowledgedBy: AccountIdSchema.nullable().default(null),
  breachedAt: IsoInstantSchema.nullable().default(null),
  releasedAt: IsoInstantSchema.nullable().default(null),
});
export type Engagement = z.infer<typeof EngagementSchema>;

export const handoffStates = ['requested', 'accepted', 'declined', 'escalated', 'unaccepted'] as const;

/** Who in the receiving team is asked to accept: the named receiver, then the liaison, then the manager path. */
export const handoffStages = ['receiver', 'liaison', 'manager'] as const;
export type HandoffStage = (typeof handoffStages)[number];

export const HandoffSchema = z.object({
  id: z.string().regex(/^h[0-9]{1,4}$/),
  fromTeamId: TeamIdSchema,
  toTeamId: TeamIdSchema,
  known: z.string().trim().min(1).max(4000),
  tried: z.string().trim().min(1).max(4000),
  needed: z.string().trim().min(1).max(4000),
  receiver: AccountIdSchema.nullable(),
  requestedBy: AccountIdSchema,
  requestedAt: IsoInstantSchema,
  /** `escalated`: waiting on a later stage; `unaccepted`: the manager path missed it too. */
  state: z.enum(handoffStates),
  stage: z.enum(handoffStages),
  askedNow: z.array(AccountIdSchema),
  dueAt: IsoInstantSchema.nullable(),
  history: z.array(z.object({ at: IsoInstantSchema, what: z.string(), by: z.string() })).max(50),
  decidedAt: IsoInstantSchema.nullable().default(null),
  decidedBy: AccountIdSchema.nullable().default(null),
  declineReason: z.string().nullable().default(null),
  /** When the acceptance OLA was first missed; null while it is met. */
  olaBreachedAt: IsoInstantSchema.nullable().default(null),
});
export type Handoff = z.infer<typeof HandoffSchema>;

/** An incident's coordination, kept in app storage (not an issue property anyone could edit). */
export const CoordinationRecordSchema = z.object({
  schema: z.literal(1),
  incidentKey: z.string(),
  protocolIds: z.array(z.string()),
  engagements: z.array(EngagementSchema).max(50),
  handoffs: z.array(HandoffSchema).max(100),
  commander: z.object({ accountId: AccountIdSchema, designatedBy: AccountIdSchema, at: IsoInstantSchema, role: z.string() }).nullable(),
  /** When engaging stopped (resolved or stood down). */
  closedAt: IsoInstantSchema.nullable(),
  timerAt: IsoInstantSchema.nullable().default(null),
});
export type CoordinationRecord = z.infer<typeof CoordinationRecordSchema>;

export const emptyCoordination = (incidentKey: string): CoordinationRecord => ({
  schema: 1, incidentKey, protocolIds: [], engagements: [], handoffs: [], commander: null, closedAt: null, timerAt: null,
});

/** One OLA clock that stopped: met or breached, for the per-team report. */
export const OlaOutcomeSchema = z.object({
  teamId: TeamIdSchema,
  incidentKey: z.string(),
  kind: z.enum(['engagement', 'handoff']),
  startedAt: IsoInstantSchema,
  dueAt: IsoInstantSchema,
  stoppedAt: IsoInstantSchema,
  met: z.boolean(),
  /** Whether a JSM SLA of the same incident was breached when the clock stopped. */
  customerSlaBreached: z.boolean(),
});
export type OlaOutcome = z.infer<typeof OlaOutcomeSchema>;
