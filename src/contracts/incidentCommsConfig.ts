import { z } from 'zod';
import { appRoleNames } from './access.js';
import { PrioritySchema } from './common.js';

const httpsUrl = z
  .string()
  .url('must be a web address')
  .refine((url) => url.startsWith('https://'), 'must start with https://');

/** A conference line. The PIN rides in the dial string (`,,123456#`), as phones dial it. */
export const BridgeLineSchema = z
  .object({
    url: httpsUrl,
    dialIn: z.string().regex(/^\+?[0-9 ,#*()-]{3,64}$/, 'must be a phone number, e.g. +44 20 7946 0000,,123456#').optional(),
  })
  .strict();
export type BridgeLine = z.infer<typeof BridgeLineSchema>;

const minutes = z.number().int('must be whole minutes').min(1, 'must be at least 1').max(120, 'must be at most 120');

/**
 * When escalation opens a conference bridge. Optional in the configuration: without a line
 * (global or per service) no bridge opens, so existing configurations keep working unchanged.
 */
export const BridgeSettingsSchema = z
  .object({
    /** Least urgent priority that opens a bridge: `P2` opens one for P1 and P2. */
    openAtOrAbove: PrioritySchema.default('P2'),
    global: BridgeLineSchema.optional(),
    /** Service name → its own line, which replaces the global one as a whole. */
    services: z.record(z.string().min(1), BridgeLineSchema).default({}),
    /** How long someone paged has to confirm they joined. */
    joinMinutes: minutes.default(10),
    /** How long a follow-up may go unanswered before the missed join is escalated. */
    escalateAfterMinutes: minutes.default(10),
  })
  .strict();
export type BridgeSettings = z.infer<typeof BridgeSettingsSchema>;

const cadenceMinutes = z.number().int('must be whole minutes').min(5, 'must be at least 5').max(1440, 'must be at most 1440');

/**
 * Minutes between stakeholder updates per priority; a priority left out has no cadence. When
 * the section is absent P1 is every 30 minutes and P2 every two hours.
 */
export const UpdateCadenceSettingsSchema = z
  .object({
    P1: cadenceMinutes.optional(),
    P2: cadenceMinutes.optional(),
    P3: cadenceMinutes.optional(),
    P4: cadenceMinutes.optional(),
    P5: cadenceMinutes.optional(),
    /** How long an overdue update may stay overdue after the lead was reminded before the manager level is paged. */
    graceMinutes: z.number().int().min(0).max(1440).default(15),
  })
  .strict();
export type UpdateCadenceSettings = z.infer<typeof UpdateCadenceSettingsSchema>;

const roles = z.array(z.enum(appRoleNames)).min(1, 'name at least one role').max(6);

/** Who may lead communications and who may publish customer-visible or external updates. */
export const PublicUpdateSettingsSchema = z
  .object({
    /** App roles a person needs to be designated comms lead. */
    leadRoles: roles.default(['commsLead']),
    /** App roles that may publish without being the designated lead. */
    publishRoles: roles.default(['commsLead', 'policyAdmin']),
    /** Status-page webhook that receives `status-page` updates; without it that channel is off. */
    statusPageUrl: httpsUrl.optional(),
  })
  .strict();
export type PublicUpdateSettings = z.infer<typeof PublicUpdateSettingsSchema>;
