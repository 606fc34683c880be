import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema, PathNameSchema, PrioritySchema } from './common.js';
import { emptyReviewContent, FindingSchema, ReviewContentSchema } from './reviewContent.js';

export const reviewStatuses = ['open', 'completed'] as const;
export const ownerSources = ['escalation', 'commsLead', 'assignee', 'none'] as const;

/**
 * A post-incident review as the app stores it: one per incident. The review's Jira issue is
 * where people discuss it; the clock (due, paused, reminded, escalated) lives here, in app
 * storage, because anyone who can edit the issue could change its fields.
 */
export const ReviewRecordSchema = z.object({
  schema: z.literal(1),
  incidentKey: z.string().min(1),
  issueKey: z.string().min(1),
  status: z.enum(reviewStatuses),
  ownerAccountId: AccountIdSchema.nullable(),
  ownerSource: z.enum(ownerSources),
  policyId: z.string().nullable(),
  priority: PrioritySchema.nullable(),
  pathsReached: z.array(PathNameSchema),
  openedAt: IsoInstantSchema,
  /** When the review issue was linked to the incident; null until the link succeeded. */
  linkedAt: IsoInstantSchema.nullable(),
  resolvedAt: IsoInstantSchema,
  /** Moves later by the time the incident spent reopened. */
  dueAt: IsoInstantSchema,
  /** Set while the incident is reopened: the clock stands still. */
  pausedAt: IsoInstantSchema.nullable(),
  pausedTotalMs: z.number().int().min(0),
  remindedAt: IsoInstantSchema.nullable(),
  overdueEscalatedAt: IsoInstantSchema.nullable(),
  /** When the last exact timer this review scheduled fires, so evaluations do not stack timers. */
  timerAt: IsoInstantSchema.nullable(),
  completedAt: IsoInstantSchema.nullable(),
  completedBy: AccountIdSchema.nullable(),
  content: ReviewContentSchema.default(emptyReviewContent),
  findings: z.array(FindingSchema).max(50).default([]),
});
export type ReviewRecord = z.infer<typeof ReviewRecordSchema>;
