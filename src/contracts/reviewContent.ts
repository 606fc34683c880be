import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema, PathNameSchema } from './common.js';
import { PolicySchema } from './policy.js';

export const findingTypes = ['threshold', 'routing', 'onCallCoverage', 'runbook', 'tooling', 'communication', 'monitoring'] as const;
export const FindingTypeSchema = z.enum(findingTypes);
export type FindingType = z.infer<typeof FindingTypeSchema>;

/** Cause categories, so root causes compare across reviews instead of hiding in prose. */
export const causeCategories = ['change', 'capacity', 'dependency', 'configuration', 'softwareDefect', 'hardware', 'security', 'humanError', 'unknown'] as const;
export const CauseCategorySchema = z.enum(causeCategories);

const text = (max: number) => z.string().max(max);

/** The review's structured account of the incident. */
export const ReviewContentSchema = z.object({
  whatHappened: text(10_000),
  impact: z.object({
    summary: text(5_000),
    customersAffected: z.number().int().min(0).nullable(),
    servicesAffected: z.array(z.string().trim().min(1).max(255)).max(50),
    degradedMinutes: z.number().int().min(0).nullable(),
  }),
  rootCause: z.object({ category: CauseCategorySchema.nullable(), description: text(5_000) }),
  contributingFactors: z.array(z.object({ category: CauseCategorySchema, description: z.string().trim().min(1).max(2_000) })).max(30),
});
export type ReviewContent = z.infer<typeof ReviewContentSchema>;
export const emptyReviewContent: ReviewContent = {
  whatHappened: '', impact: { summary: '', customersAffected: null, servicesAffected: [], degradedMinutes: null },
  rootCause: { category: null, description: '' }, contributingFactors: [],
};

/** A change to one level's timing: the thresholds findings most often move. */
export const ProposedLevelChangeSchema = z.object({
  path: PathNameSchema,
  level: z.number().int().min(1).max(10),
  delayMinutes: z.number().int().min(0).max(1440).optional(),
  ackTimeoutMinutes: z.number().int().min(1).max(1440).optional(),
}).refine((c) => c.delayMinutes !== undefined || c.ackTimeoutMinutes !== undefined, { message: 'change delayMinutes or ackTimeoutMinutes', path: ['delayMinutes'] });
export type ProposedLevelChange = z.infer<typeof ProposedLevelChangeSchema>;

/** What a finding leads to: a Jira issue linked to the review, or a draft policy version. */
export const FindingActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('jiraIssue'), issueKey: z.string().min(1) }),
  z.object({
    kind: z.literal('policyChange'),
    policyId: z.string().min(1),
    baseVersion: z.number().int().min(1),
    change: ProposedLevelChangeSchema,
    /** The policy as it would be published: the base version with the change applied. */
    draft: PolicySchema,
    publishedVersion: z.number().int().min(1).nullable(),
    publishedBy: AccountIdSchema.nullable(),
  }),
]);
export type FindingAction = z.infer<typeof FindingActionSchema>;

export const FindingSchema = z.object({
  id: z.string().regex(/^F\d{1,3}$/),
  type: FindingTypeSchema,
  description: z.string().trim().min(3).max(2_000),
  action: FindingActionSchema,
  createdBy: AccountIdSchema,
  createdAt: IsoInstantSchema,
});
export type Finding = z.infer<typeof FindingSchema>;
