import { z } from 'zod';
import { PathNameSchema, PrioritySchema } from './common.js';

/**
 * Which resolved escalations need a post-incident review, and where the review goes. An
 * escalated incident needs one when its priority is listed or it reached a listed path, and
 * (when services are listed) it is on one of them.
 */
export const ReviewSettingsSchema = z.object({
  enabled: z.boolean().default(true),
  priorities: z.array(PrioritySchema).max(5).default(['P1', 'P2']),
  paths: z.array(PathNameSchema).max(3).default(['managerial', 'executive']),
  /** Empty: every service. */
  services: z.array(z.string().trim().min(1).max(255)).max(100).default([]),
  /** Jira project of review issues; null puts each review in its incident's project. */
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,9}$/, 'must be a Jira project key').nullable().default(null),
  issueType: z.string().trim().min(1).max(60).default('Task'),
  /** Jira issue link type between the review (outward) and the incident (inward). */
  linkType: z.string().trim().min(1).max(60).default('Relates'),
  dueHours: z.number().int().min(1).max(24 * 30).default(48),
  /** How long before the due time the owner is reminded. */
  reminderHoursBefore: z.number().int().min(0).max(24 * 7).default(4),
});
export type ReviewSettings = z.infer<typeof ReviewSettingsSchema>;
export const defaultReviewSettings: ReviewSettings = ReviewSettingsSchema.parse({});
