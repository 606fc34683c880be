import { IssueKeySchema } from './common.js';
import { z } from 'zod';
import type { Permission } from './resolvers.js';
import type { ReviewRecord } from './reviewRecord.js';
import { FindingTypeSchema, ProposedLevelChangeSchema, ReviewContentSchema } from './reviewContent.js';

const issueKey = IssueKeySchema;

/** A timeline stage as the review page draws it. */
export interface ReviewStageView {
  label: string;
  from: string;
  to: string | null;
  durationMs: number | null;
}

export interface ReviewTimelineView {
  entries: Array<{ at: string; type: string; detail: string; actorName: string | null; offsetMs: number }>;
  stages: ReviewStageView[];
  timeToAckMs: number | null;
  timeToResolveMs: number | null;
  engagedMs: number | null;
}

/** The review page: the record, its timeline, names for the people in it, and what the viewer may do. */
export interface ReviewView {
  review: ReviewRecord;
  ownerName: string | null;
  timeline: ReviewTimelineView;
  /** Policies a finding may propose changing, with their current version. */
  policies: Array<{ id: string; name: string; version: number }>;
  permissions: { edit: Permission; publish: Permission };
  now: string;
}

/** `issueKey` is the incident's key or the review issue's: the panel on either finds the review. */
export const ReviewRequestSchema = z.object({ issueKey });
export const SaveReviewContentRequestSchema = z.object({ issueKey, content: ReviewContentSchema });
export const AddFindingRequestSchema = z.object({
  issueKey,
  type: FindingTypeSchema,
  description: z.string().trim().min(3, 'describe the finding in at least 3 characters').max(2000),
  action: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('jiraIssue'), summary: z.string().trim().min(3).max(255) }),
    z.object({ kind: z.literal('policyChange'), policyId: z.string().min(1), change: ProposedLevelChangeSchema }),
  ]),
});
export type AddFindingRequest = z.infer<typeof AddFindingRequestSchema>;
export const PublishFindingRequestSchema = z.object({ issueKey, findingId: z.string().regex(/^F\d{1,3}$/) });
export const ReopenReviewRequestSchema = z.object({ issueKey, reason: z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000) });
export const ExportReviewRequestSchema = z.object({ issueKey, format: z.enum(['html', 'json']) });

export const SaveReviewSettingsRequestSchema = z.object({
  settings: z.unknown(),
  reason: z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000),
});

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month such as 2026-03');
export const PathEffectivenessRequestSchema = z.object({ from: month, to: month }).refine((r) => r.from <= r.to, { message: 'must not be after to', path: ['from'] });

export interface ReviewExport {
  filename: string;
  contentType: 'text/html' | 'application/json';
  body: string;
}
