import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema } from './common.js';

export const adherenceRuleNames = ['levelOnTime', 'followUpInTime', 'backupOnGap', 'bridgeJoined', 'updateCadence', 'manualActionJustified', 'reviewOnTime'] as const;
export const AdherenceRuleSchema = z.enum(adherenceRuleNames);

/** Month of an audit, `YYYY-MM` (the period it covers). */
export const AuditPeriodSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month as YYYY-MM');

/** What the auditor decided about one deviation. */
export const DispositionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('accepted'), reason: z.string().trim().min(3, 'say why it is accepted').max(2000), by: AccountIdSchema, at: IsoInstantSchema }),
  z.object({ kind: z.literal('actionRaised'), reason: z.string().trim().min(3, 'say what the action is for').max(2000), issueKey: z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/), by: AccountIdSchema, at: IsoInstantSchema }),
]);
export type Disposition = z.infer<typeof DispositionSchema>;

export const DeviationSchema = z.object({
  /** `<incident>:<rule>:<n>`, stable across reruns of the same audit. */
  id: z.string().min(1).max(200),
  incidentKey: z.string(),
  service: z.string().nullable(),
  policyId: z.string().nullable(),
  policyVersion: z.number().int().nullable(),
  rule: AdherenceRuleSchema,
  dueAt: IsoInstantSchema,
  expected: z.string(),
  actual: z.string(),
  evidence: z.array(z.number().int()),
  responsible: z.string(),
  disposition: DispositionSchema.nullable(),
});
export type Deviation = z.infer<typeof DeviationSchema>;

export const AdherenceFigureSchema = z.object({
  incidents: z.number().int(), adherentIncidents: z.number().int(), checks: z.number().int(), metChecks: z.number().int(),
  adherencePercent: z.number().nullable(),
});
export type AdherenceFigureDto = z.infer<typeof AdherenceFigureSchema>;

/** One monthly (or on-demand) adherence audit, as stored and shown. */
export const AdherenceAuditSchema = z.object({
  schema: z.literal(1),
  period: AuditPeriodSchema,
  from: IsoInstantSchema,
  to: IsoInstantSchema,
  ranAt: IsoInstantSchema,
  ranBy: z.string(),
  /** Bumped on every save; saves are conditional on it, so two auditors never overwrite each other. */
  revision: z.number().int().min(1),
  incidentsAudited: z.number().int(),
  /** Incidents that could not be audited (no events, policy version gone), by key and reason. */
  skipped: z.array(z.object({ incidentKey: z.string(), reason: z.string() })),
  truncated: z.boolean(),
  summary: z.object({
    total: AdherenceFigureSchema,
    byPolicy: z.record(AdherenceFigureSchema),
    byService: z.record(AdherenceFigureSchema),
    byRule: z.record(AdherenceFigureSchema),
  }),
  deviations: z.array(DeviationSchema),
  status: z.enum(['open', 'signedOff']),
  signedOff: z.object({ by: AccountIdSchema, at: IsoInstantSchema, statement: z.string() }).nullable(),
  /** When the unsigned audit was escalated, so it is escalated once. */
  escalatedAt: IsoInstantSchema.nullable(),
});
export type AdherenceAudit = z.infer<typeof AdherenceAuditSchema>;

/** An audit as the Governance page shows it: with the people it names by display name. */
export type AuditView = AdherenceAudit & { names: Record<string, string> };

export const RunAuditRequestSchema = z.object({ period: AuditPeriodSchema });
export const GetAuditRequestSchema = z.object({ period: AuditPeriodSchema });
export const DispositionRequestSchema = z.object({
  period: AuditPeriodSchema,
  deviationId: z.string().min(1).max(200),
  kind: z.enum(['accepted', 'actionRaised']),
  reason: z.string().trim().min(3, 'say why, in a few words').max(2000),
  /** Only for `actionRaised`: the Jira issue that tracks the action. */
  issueKey: z.string().regex(/^[A-Z][A-Z0-9_]*-\d+$/, 'must be a Jira issue key like ITOPS-12').optional(),
}).superRefine((r, ctx) => {
  if (r.kind === 'actionRaised' && !r.issueKey) ctx.addIssue({ code: 'custom', path: ['issueKey'], message: 'name the Jira issue that tracks the action' });
});
export const SignOffRequestSchema = z.object({
  period: AuditPeriodSchema,
  statement: z.string().trim().min(10, 'write the attestation (at least 10 characters)').max(2000),
});

export const ExportTrailRequestSchema = z.object({ fromSeq: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER).default(1) }).strict();

export interface AuditListItem {
  period: string;
  ranAt: string;
  status: 'open' | 'signedOff';
  adherencePercent: number | null;
  deviations: number;
  undisposed: number;
}

/** The hash-chained trail as exported for `npm run verify-audit`. */
export const TrailEntrySchema = z.object({
  seq: z.number().int().min(1),
  at: IsoInstantSchema,
  kind: z.string(),
  payload: z.unknown(),
  prevHash: z.string().regex(/^[0-9a-f]{64}$/),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
});
export type TrailEntry = z.infer<typeof TrailEntrySchema>;
export const TrailHeadSchema = z.object({ seq: z.number().int().min(0), hash: z.string().regex(/^[0-9a-f]{64}$/) });
export type TrailHead = z.infer<typeof TrailHeadSchema>;
export const TrailExportSchema = z.object({ format: z.literal('jsm-escalation-audit-trail/1'), exportedAt: IsoInstantSchema, head: TrailHeadSchema, entries: z.array(TrailEntrySchema) });
export type TrailExport = z.infer<typeof TrailExportSchema>;

export interface TrailVerdictView {
  ok: boolean;
  entries: number;
  head: TrailHead;
  problems: Array<{ seq: number; problem: string; detail: string }>;
}
