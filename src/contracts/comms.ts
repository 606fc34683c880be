import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema } from './common.js';

/** Who a message is for, from the people fixing the incident to the people affected by it. */
export const audiences = ['responders', 'management', 'executives', 'business', 'customers'] as const;
export const AudienceSchema = z.enum(audiences);
export type Audience = z.infer<typeof AudienceSchema>;

/** How a message travels. `jsmPublicComment` is a customer-visible comment on the JSM request. */
export const channels = ['email', 'slack', 'teams', 'sms', 'jsmPublicComment'] as const;
export const ChannelSchema = z.enum(channels);
export type Channel = z.infer<typeof ChannelSchema>;

/** A person who sent a message from the app, or the rule (policy step, subscription) that did. */
export const SentBySchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user'), accountId: AccountIdSchema }),
  z.object({ type: z.literal('rule'), rule: z.string().trim().min(1).max(200) }),
]);
export type SentBy = z.infer<typeof SentBySchema>;

export const deliveryStatuses = ['sent', 'retrying', 'failed'] as const;
export const DeliveryStatusSchema = z.enum(deliveryStatuses);
export type DeliveryStatus = z.infer<typeof DeliveryStatusSchema>;

/**
 * One communication about an incident, as logged and stored: what went where, from which
 * template version, and how delivery went. SMS text is kept only as its content hash, since
 * a text message may carry details that should not sit in the audit trail twice.
 */
export const CommunicationRecordSchema = z
  .object({
    incidentKey: z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/, 'must be an issue key such as ITOPS-7'),
    /** The send's idempotency key: one record per key, updated as attempts go by. */
    id: z.string().min(1).max(400),
    sentBy: SentBySchema,
    audience: AudienceSchema,
    channel: ChannelSchema,
    templateId: z.string().min(1).max(64),
    templateVersion: z.number().int().min(1),
    /** Account ids, group names, masked phone numbers or a webhook label; never a secret URL. */
    recipients: z.array(z.string().min(1).max(200)).max(200),
    subject: z.string().max(500).nullable(),
    /** The rendered body; null for SMS, where only `contentHash` is kept. */
    text: z.string().max(20_000).nullable(),
    contentHash: z.string().regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits'),
    status: DeliveryStatusSchema,
    attempts: z.number().int().min(0),
    lastError: z.string().max(1000).nullable(),
    /** When the record was last written: the first send, a retry or the final failure. */
    sentAt: IsoInstantSchema,
    /** When a `retrying` send will next be tried. */
    nextAttemptAt: IsoInstantSchema.nullable().default(null),
  })
  .superRefine((r, ctx) => {
    if (r.channel === 'sms' && r.text !== null) ctx.addIssue({ code: 'custom', path: ['text'], message: 'must be null for SMS (only the hash is kept)' });
    if (r.channel !== 'sms' && r.text === null) ctx.addIssue({ code: 'custom', path: ['text'], message: 'is required except for SMS' });
    if (r.status === 'retrying' && r.nextAttemptAt === null) ctx.addIssue({ code: 'custom', path: ['nextAttemptAt'], message: 'is required while retrying' });
  });
export type CommunicationRecord = z.infer<typeof CommunicationRecordSchema>;
export type CommunicationRecordInput = z.input<typeof CommunicationRecordSchema>;
