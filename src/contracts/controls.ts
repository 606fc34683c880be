import { z } from 'zod';
import { AdherenceRuleSchema, AuditPeriodSchema } from './governance.js';
import { IsoInstantSchema } from './common.js';

export const frameworks = ['ISO/IEC 20000-1:2018', 'ITIL 4', 'ISO/IEC 27001:2022', 'Internal'] as const;
export const FrameworkSchema = z.enum(frameworks);
export type Framework = z.infer<typeof FrameworkSchema>;

/**
 * The automated evidence checks a control can be mapped to. Each is computed from the app's own
 * records for one month; the parameters are range-checked so a custom control cannot ask for
 * something no record could ever show.
 */
export const EvidenceCheckSchema = z.discriminatedUnion('kind', [
  /** A rule of the month's adherence audit met in at least `minPercent` of its checks. */
  z.object({ kind: z.literal('adherenceRule'), rule: AdherenceRuleSchema, minPercent: z.number().min(0, 'at least 0').max(100, 'at most 100') }),
  /** The month's adherence audit ran and was signed off. */
  z.object({ kind: z.literal('auditSignedOff') }),
  /** Every deviation of the month's audit has an auditor's disposition. */
  z.object({ kind: z.literal('deviationsDispositioned') }),
  /** An access (role) review was attested no more than `maxAgeDays` before the month ended. */
  z.object({ kind: z.literal('accessReviewAttested'), maxAgeDays: z.number().int().min(1, 'at least 1 day').max(366, 'at most 366 days') }),
  /** A quarterly review of the access log was completed no more than `maxAgeDays` before the month ended. */
  z.object({ kind: z.literal('accessLogReviewed'), maxAgeDays: z.number().int().min(1, 'at least 1 day').max(366, 'at most 366 days') }),
  /** Every policy version saved in the month names its author and a reason. */
  z.object({ kind: z.literal('policyChangesRecorded') }),
  /** No policy was past its threshold-review date at the end of the month. */
  z.object({ kind: z.literal('policiesReviewed') }),
  /** At least `minDrills` drills ended in the `windowMonths` months up to the end of the month. */
  z.object({ kind: z.literal('drillsHeld'), minDrills: z.number().int().min(1, 'at least 1').max(50, 'at most 50'), windowMonths: z.number().int().min(1, 'at least 1 month').max(12, 'at most 12 months') }),
  /** The hash-chained audit trail verifies: nothing altered, removed or reordered. */
  z.object({ kind: z.literal('trailIntact') }),
]);
export type EvidenceCheck = z.infer<typeof EvidenceCheckSchema>;
export type EvidenceCheckKind = EvidenceCheck['kind'];
export const evidenceCheckKinds: readonly EvidenceCheckKind[] = ['adherenceRule', 'auditSignedOff', 'deviationsDispositioned', 'accessReviewAttested', 'accessLogReviewed', 'policyChangesRecorded', 'policiesReviewed', 'drillsHeld', 'trailIntact'];

/** Custom controls are `custom-…`, so they can never shadow a built-in one. */
export const CustomControlIdSchema = z.string().regex(/^custom-[a-z0-9][a-z0-9-]{0,47}$/, 'must start with custom- then lower-case letters, digits and dashes');

export const ControlSchema = z.object({
  id: z.string().min(1).max(60),
  framework: FrameworkSchema,
  /** Clause or practice it maps to, e.g. "8.6.1" or "Incident management". */
  reference: z.string().trim().min(1, 'name the clause or practice').max(80),
  title: z.string().trim().min(3, 'give the control a title').max(120),
  /** What the control requires, in the app's own words. */
  description: z.string().trim().min(10, 'describe what the control requires (at least 10 characters)').max(1000),
  checks: z.array(EvidenceCheckSchema).min(1, 'map the control to at least one evidence check').max(10, 'at most 10 checks'),
});
export type Control = z.infer<typeof ControlSchema>;

/** A control an admin added, as stored: each save a new revision, with who and why. */
export const CustomControlRecordSchema = z.object({
  schema: z.literal(1),
  control: ControlSchema.extend({ id: CustomControlIdSchema }),
  revision: z.number().int().min(1),
  savedBy: z.string(),
  savedAt: IsoInstantSchema,
  reason: z.string(),
  /** Deleting saves a revision marked deleted, so history stays and a re-add continues from it. */
  deleted: z.boolean().default(false),
});
export type CustomControlRecord = z.infer<typeof CustomControlRecordSchema>;

export const SaveControlRequestSchema = z.object({
  /** The month the page is showing, so the answer is that month's report with the change in it. */
  period: AuditPeriodSchema,
  control: ControlSchema.extend({ id: CustomControlIdSchema }),
  /** The revision the admin edited; absent for a new control. */
  baseRevision: z.number().int().min(1).optional(),
  reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(500),
}).strict();
export type SaveControlRequest = z.infer<typeof SaveControlRequestSchema>;
export const DeleteControlRequestSchema = z.object({ period: AuditPeriodSchema, id: CustomControlIdSchema, reason: z.string().trim().min(3, 'say why (at least 3 characters)').max(500) }).strict();
export const AssessControlsRequestSchema = z.object({ period: AuditPeriodSchema }).strict();

export type ControlStatus = 'met' | 'gap' | 'notApplicable';

/** A record behind a check; the page turns each into a link or opens it in place. */
export interface EvidenceRef {
  kind: 'audit' | 'deviation' | 'incident' | 'policyVersion' | 'roleAudit' | 'accessReview' | 'drill' | 'trail';
  /** Audit period, deviation id, issue key, `policyId@version`, role-audit id, access-review quarter, trail seq. */
  id: string;
  label: string;
}

export interface CheckResult {
  check: EvidenceCheck;
  status: ControlStatus;
  /** One sentence saying what the records show. */
  summary: string;
  evidence: EvidenceRef[];
}

export interface ControlAssessment {
  control: Control;
  custom: boolean;
  /** Only for custom controls, for conditional saves. */
  revision: number | null;
  status: ControlStatus;
  checks: CheckResult[];
}

export interface ControlsReport {
  period: string;
  from: string;
  to: string;
  assessedAt: string;
  controls: ControlAssessment[];
  totals: Record<ControlStatus, number>;
  /** Custom controls whose stored record no longer parses: shown to admins, left out of the totals. */
  quarantined: Array<{ key: string; problem: string }>;
}
