import { z } from 'zod';
import { IsoInstantSchema } from './common.js';

/** The kinds of record the app keeps, each with its own retention. */
export const retentionRecordTypes = ['escalationEvents', 'accessLog', 'deliveries', 'communications', 'reviews', 'drills', 'audits', 'evidencePacks'] as const;
export type RetentionRecordType = (typeof retentionRecordTypes)[number];
/** The types the daily purge deletes today; the others are kept (and say so on the settings page). */
// New types go at the end: a purge checkpoint stores its place as an index into this list.
export const purgedRecordTypes: readonly RetentionRecordType[] = ['escalationEvents', 'accessLog', 'audits', 'drills'];

export const MIN_RETENTION_DAYS = 90;
export const MAX_RETENTION_DAYS = 3650;
const days = z.number({ invalid_type_error: 'give a number of days' }).int('whole days')
  .min(MIN_RETENTION_DAYS, `at least ${MIN_RETENTION_DAYS} days (regulators expect a quarter at minimum)`)
  .max(MAX_RETENTION_DAYS, `at most ${MAX_RETENTION_DAYS} days (10 years)`);

export const RetentionDaysSchema = z.object(Object.fromEntries(retentionRecordTypes.map((t) => [t, days])) as Record<RetentionRecordType, typeof days>).strict();
export type RetentionDays = z.infer<typeof RetentionDaysSchema>;

export const DEFAULT_RETENTION: RetentionDays = {
  escalationEvents: 730, accessLog: 400, deliveries: 90, communications: 365, reviews: 1095, drills: 730, audits: 2555, evidencePacks: 2555,
};

/** One saved version of the retention settings, with who, when and why. */
export const StoredRetentionSchema = z.object({
  schema: z.literal(1),
  version: z.number().int().min(1),
  days: RetentionDaysSchema,
  savedBy: z.string(),
  savedAt: IsoInstantSchema,
  reason: z.string(),
});
export type StoredRetention = z.infer<typeof StoredRetentionSchema>;

export const LegalHoldScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('incident'), issueKey: z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/, 'must be a Jira issue key like ITOPS-12') }),
  z.object({ kind: z.literal('period'), from: z.string().date('must be a date YYYY-MM-DD'), to: z.string().date('must be a date YYYY-MM-DD') }),
]).superRefine((s, ctx) => {
  if (s.kind === 'period' && s.from > s.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before the start' });
});
export type LegalHoldScope = z.infer<typeof LegalHoldScopeSchema>;

/** A legal hold: while active, nothing it covers is purged. Released holds stay as history. */
export const LegalHoldSchema = z.object({
  schema: z.literal(1),
  id: z.string().regex(/^hold-[a-z0-9-]{1,60}$/),
  scope: LegalHoldScopeSchema,
  reason: z.string(),
  placedBy: z.string(),
  placedAt: IsoInstantSchema,
  released: z.object({ by: z.string(), at: IsoInstantSchema, reason: z.string() }).nullable(),
});
export type LegalHold = z.infer<typeof LegalHoldSchema>;

/** What one purge batch deleted: the type, how many and their date range, never the content. */
export const PurgeRecordSchema = z.object({
  runId: z.string(),
  batch: z.number().int().min(1),
  at: IsoInstantSchema,
  type: z.enum(retentionRecordTypes),
  count: z.number().int().min(1),
  oldest: IsoInstantSchema,
  newest: IsoInstantSchema,
});
export type PurgeRecord = z.infer<typeof PurgeRecordSchema>;

/** Where a purge stopped, so the next run resumes there; written in the same transaction as each batch. */
export const PurgeCheckpointSchema = z.object({
  runId: z.string(),
  startedAt: IsoInstantSchema,
  /** Index into purgedRecordTypes of the type in progress. */
  typeIndex: z.number().int().min(0),
  cursor: z.string().nullable(),
  batches: z.number().int().min(0),
  done: z.boolean(),
});
export type PurgeCheckpoint = z.infer<typeof PurgeCheckpointSchema>;

const Reason = z.string().trim().min(3, 'say why (at least 3 characters)').max(500);
export const SaveRetentionRequestSchema = z.object({ days: RetentionDaysSchema, baseVersion: z.number().int().min(0), reason: Reason }).strict();
export const PlaceHoldRequestSchema = z.object({ scope: LegalHoldScopeSchema, reason: Reason }).strict();
export const ReleaseHoldRequestSchema = z.object({ id: z.string().min(1).max(80), reason: Reason }).strict();

export interface RetentionView {
  current: StoredRetention | null;
  /** What applies: the current version's days, or the defaults before anyone saved. */
  days: RetentionDays;
  versions: StoredRetention[];
  holds: LegalHold[];
  purges: PurgeRecord[];
  checkpoint: PurgeCheckpoint | null;
  purged: readonly RetentionRecordType[];
  bounds: { min: number; max: number };
}
