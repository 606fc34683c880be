import { z } from 'zod';
import { IsoInstantSchema } from './common.js';
import { IntegrationIdSchema } from './integration.js';

/**
 * The open incident for one dedup key, with the rolled-up comment it keeps updating. The
 * domain's `OpenDedupRecord` plus what the pipeline needs to update one comment in place.
 */
export const StoredDedupSchema = z.object({
  dedupKey: z.string().min(1),
  incidentKey: z.string().min(1),
  count: z.number().int().min(1),
  openedAt: IsoInstantSchema,
  lastSeenAt: IsoInstantSchema,
  lastCommentAt: IsoInstantSchema.nullable(),
  commentId: z.string().nullable(),
});
export type StoredDedup = z.infer<typeof StoredDedupSchema>;

/** A fixed one-minute rate window per integration, plus the sequence that numbers deliveries. */
export const IngestCounterSchema = z.object({
  windowStart: z.number().int().min(0),
  count: z.number().int().min(0),
  seq: z.number().int().min(0),
});
export type IngestCounter = z.infer<typeof IngestCounterSchema>;

export const AlertSightingSchema = z.object({ at: IsoInstantSchema, status: z.enum(['firing', 'resolved']) });
export const SightingsSchema = z.array(AlertSightingSchema);

export const OpenGroupSchema = z.object({
  groupKey: z.string().min(1),
  incidentKey: z.string().min(1),
  service: z.string().nullable(),
  labels: z.record(z.string()),
  lastAlertAt: IsoInstantSchema,
});
export const OpenGroupsSchema = z.array(OpenGroupSchema);

/** Which integration and dedup key opened an incident, for outbound webhooks and clean-up. */
export const IncidentOriginSchema = z.object({
  integrationId: IntegrationIdSchema,
  dedupKey: z.string().min(1),
  createdAt: IsoInstantSchema,
});
export type IncidentOrigin = z.infer<typeof IncidentOriginSchema>;
