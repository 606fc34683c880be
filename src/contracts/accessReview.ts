import { z } from 'zod';
import { AccessLogEntrySchema } from './accessLog.js';
import { AccountIdSchema, IsoInstantSchema } from './common.js';

/** A calendar quarter in UTC, `YYYY-Qn`: what one access review covers. */
export const QuarterSchema = z.string().regex(/^\d{4}-Q[1-4]$/, 'must be a quarter as YYYY-Qn, e.g. 2026-Q4');

/**
 * What the quarterly review of the access log flags. `bypassAttempt`: an issue property the app
 * mirrors was tampered with or forged (the integrity code restores it and logs it); `refusals`:
 * one person refused one action (grouped); `refusalFlood`: so many refusals that the log only
 * counted them; `roleChange`: the role mapping changed; `unusualActor`: someone made allowed
 * changes who had made none before the quarter.
 */
export const accessFindingKinds = ['bypassAttempt', 'refusalFlood', 'refusals', 'roleChange', 'unusualActor'] as const;
export const AccessFindingKindSchema = z.enum(accessFindingKinds);
export type AccessFindingKind = z.infer<typeof AccessFindingKindSchema>;

export const FindingSignOffSchema = z.object({
  outcome: z.enum(['accepted', 'actionNeeded']),
  note: z.string(),
  by: AccountIdSchema,
  at: IsoInstantSchema,
  /** The trail entry that chains this sign-off; null only while the append is being retried. */
  trailSeq: z.number().int().min(1).nullable(),
});
export type FindingSignOff = z.infer<typeof FindingSignOffSchema>;

export const AccessFindingSchema = z.object({
  /** Stable across reruns of the same quarter, so a rerun keeps the sign-offs it finds again. */
  id: z.string().min(1).max(300),
  kind: AccessFindingKindSchema,
  severity: z.enum(['high', 'medium', 'low']),
  /** The account that acted (`unknown` when Jira could not say who edited the issue). */
  actor: z.string(),
  actions: z.array(z.string()),
  issueKeys: z.array(z.string()),
  count: z.number().int().min(1),
  firstAt: IsoInstantSchema,
  lastAt: IsoInstantSchema,
  summary: z.string(),
  /** The access-log lines behind the finding (the first 20), as evidence. */
  entries: z.array(AccessLogEntrySchema).max(20),
  signOff: FindingSignOffSchema.nullable(),
});
export type AccessFinding = z.infer<typeof AccessFindingSchema>;

/** One quarter's review of the access log, as stored; every save is conditional on `revision`. */
export const AccessReviewSchema = z.object({
  schema: z.literal(1),
  quarter: QuarterSchema,
  from: IsoInstantSchema,
  to: IsoInstantSchema,
  openedAt: IsoInstantSchema,
  openedBy: z.string(),
  revision: z.number().int().min(1),
  reviewer: AccountIdSchema.nullable(),
  assignedBy: z.string().nullable(),
  assignedAt: IsoInstantSchema.nullable(),
  entriesReviewed: z.number().int().min(0),
  /** The log held more than one read takes: the oldest entries of the quarter were not reviewed. */
  truncated: z.boolean(),
  findings: z.array(AccessFindingSchema),
  status: z.enum(['open', 'completed']),
  completed: z.object({ by: AccountIdSchema, at: IsoInstantSchema, statement: z.string(), trailSeq: z.number().int().min(1).nullable() }).nullable(),
  /** When the review was reported overdue, so it is reported once. */
  escalatedAt: IsoInstantSchema.nullable(),
});
export type AccessReview = z.infer<typeof AccessReviewSchema>;

/** A review as the page shows it: everyone it names by display name. */
export type AccessReviewView = AccessReview & { names: Record<string, string> };

export interface AccessReviewListItem {
  quarter: string;
  status: 'open' | 'completed';
  reviewer: string | null;
  findings: number;
  unsigned: number;
}

export interface AccessReviewsView {
  /** The newest review (the one in progress, usually), or null before the first has run. */
  current: AccessReviewView | null;
  reviews: AccessReviewListItem[];
  names: Record<string, string>;
}

export const GetAccessReviewRequestSchema = z.object({ quarter: QuarterSchema.optional() }).strict();
export const RunAccessReviewRequestSchema = z.object({ quarter: QuarterSchema }).strict();
export const AssignAccessReviewRequestSchema = z.object({
  quarter: QuarterSchema,
  reviewer: z.string({ required_error: 'choose a reviewer' }).min(1, 'choose a reviewer').max(128),
}).strict();
export const SignOffFindingRequestSchema = z.object({
  quarter: QuarterSchema,
  findingId: z.string().min(1).max(300),
  outcome: z.enum(['accepted', 'actionNeeded'], { errorMap: () => ({ message: 'choose accepted or action needed' }) }),
  note: z.string().trim().max(2000, 'at most 2000 characters'),
}).strict().superRefine((r, ctx) => {
  if (r.outcome === 'accepted' && r.note.length < 3) ctx.addIssue({ code: 'custom', path: ['note'], message: 'say why it is acceptable (at least 3 characters)' });
  if (r.outcome === 'actionNeeded' && r.note.length < 10) ctx.addIssue({ code: 'custom', path: ['note'], message: 'say what action is needed and who takes it (at least 10 characters)' });
});
export type SignOffFindingRequest = z.infer<typeof SignOffFindingRequestSchema>;
export const CompleteAccessReviewRequestSchema = z.object({
  quarter: QuarterSchema,
  statement: z.string().trim().min(10, 'write the attestation (at least 10 characters)').max(2000),
}).strict();
