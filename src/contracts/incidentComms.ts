import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema, PathNameSchema, IssueKeySchema } from './common.js';

/** The issue property that keeps an incident's bridge, comms lead and update history. */
export const COMMS_PROPERTY = 'comms';

export const BridgeDetailsSchema = z.object({
  url: z.string().url(),
  dialIn: z.string().max(64).nullable(),
  /** Whether the service's own line or the global one was used. */
  source: z.enum(['service', 'global']),
});
export type BridgeDetails = z.infer<typeof BridgeDetailsSchema>;

/** Someone paged while the bridge was open, and what happened about their joining. */
export const BridgeOwnerSchema = z.object({
  accountId: AccountIdSchema,
  path: PathNameSchema,
  level: z.number().int().min(1),
  pagedAt: IsoInstantSchema,
  deadline: IsoInstantSchema,
  joinedAt: IsoInstantSchema.nullable(),
  /** Who confirmed the join: the owner, or an incident manager on their behalf. */
  confirmedBy: AccountIdSchema.nullable(),
  followedUpAt: IsoInstantSchema.nullable(),
  escalatedAt: IsoInstantSchema.nullable(),
});
export type BridgeOwner = z.infer<typeof BridgeOwnerSchema>;

export const BridgeRecordSchema = z.object({
  /** The escalation episode the bridge was opened for; a new episode opens a new bridge. */
  episode: z.number().int().min(0),
  openedAt: IsoInstantSchema,
  details: BridgeDetailsSchema,
  owners: z.array(BridgeOwnerSchema).max(200),
});
export type BridgeRecord = z.infer<typeof BridgeRecordSchema>;

export const CommsLeadSchema = z.object({
  accountId: AccountIdSchema,
  designatedBy: AccountIdSchema,
  at: IsoInstantSchema,
  reason: z.string().max(2000),
});
export type CommsLead = z.infer<typeof CommsLeadSchema>;

/** What was done about one missed stakeholder update, keyed by when it was due. */
export const CadenceReminderSchema = z.object({
  dueAt: IsoInstantSchema,
  remindedAt: IsoInstantSchema.nullable(),
  escalatedAt: IsoInstantSchema.nullable(),
});
export type CadenceReminder = z.infer<typeof CadenceReminderSchema>;

/** The `comms` issue property. */
export const IncidentCommsSchema = z.object({
  schema: z.literal(1),
  bridge: BridgeRecordSchema.nullable(),
  lead: CommsLeadSchema.nullable(),
  /** The last customer-visible or external update; null until one is published. */
  lastUpdateAt: IsoInstantSchema.nullable(),
  reminders: z.array(CadenceReminderSchema).max(50),
});
export type IncidentComms = z.infer<typeof IncidentCommsSchema>;

export const emptyIncidentComms: IncidentComms = Object.freeze({ schema: 1, bridge: null, lead: null, lastUpdateAt: null, reminders: [] }) as IncidentComms;

const issueKey = IssueKeySchema;
const reason = z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000);

/** Confirms joining the bridge; `accountId` (an incident manager confirming for someone) defaults to the caller. */
export const ConfirmBridgeJoinRequestSchema = z.object({ issueKey, accountId: AccountIdSchema.optional() });
export type ConfirmBridgeJoinRequest = z.infer<typeof ConfirmBridgeJoinRequestSchema>;

export const DesignateCommsLeadRequestSchema = z.object({ issueKey, accountId: AccountIdSchema, reason });
export type DesignateCommsLeadRequest = z.infer<typeof DesignateCommsLeadRequestSchema>;

export const publicChannels = ['jsm-public-comment', 'status-page'] as const;
export type PublicChannel = (typeof publicChannels)[number];

export const PublishUpdateRequestSchema = z.object({
  issueKey,
  channel: z.enum(publicChannels),
  text: z.string().trim().min(10, 'an update of at least 10 characters is required').max(5000),
  /** Made once per submit by the form, so a retried call publishes once. */
  requestId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/, 'must be 8 to 64 letters, digits or dashes'),
});
export type PublishUpdateRequest = z.infer<typeof PublishUpdateRequestSchema>;

export interface CommsPermission {
  allowed: boolean;
  reason?: string;
}

/** The panel's communications section. */
export interface CommsView {
  bridge: {
    openedAt: string;
    url: string;
    dialIn: string | null;
    owners: BridgeOwner[];
  } | null;
  lead: CommsLead | null;
  lastUpdateAt: string | null;
  /** Null when the priority has no update cadence or nothing is escalating. */
  nextUpdateDueAt: string | null;
  updateOverdue: boolean;
  channels: PublicChannel[];
  permissions: { confirmJoin: CommsPermission; designateLead: CommsPermission; publishUpdate: CommsPermission };
}
