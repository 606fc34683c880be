import { z } from 'zod';
import { IsoInstantSchema } from './common.js';
import { AuditPeriodSchema, TrailEntrySchema, TrailHeadSchema } from './governance.js';

export const BuildEvidencePackRequestSchema = z.object({ period: AuditPeriodSchema }).strict();

/** A trail entry in a pack; `redacted` entries had personal data replaced, so only their links can be checked. */
export const ExtractEntrySchema = TrailEntrySchema.extend({ redacted: z.boolean().optional() });
export type ExtractEntry = z.infer<typeof ExtractEntrySchema>;

/** The run of trail entries a pack carries: the month's entries, anchored to the entry before them. */
export const TrailExtractSchema = z.object({
  format: z.literal('jsm-escalation-trail-extract/1'),
  period: AuditPeriodSchema,
  /** The entry just before the extract (seq 0 and the genesis hash when it starts at the beginning). */
  anchor: TrailHeadSchema,
  entries: z.array(ExtractEntrySchema),
  /** The whole trail's head when the pack was made. */
  head: TrailHeadSchema,
  /** More entries fell in the month than a pack carries; the rest are in the trail export. */
  truncated: z.boolean(),
});
export type TrailExtract = z.infer<typeof TrailExtractSchema>;

export const PackManifestSchema = z.object({
  format: z.literal('jsm-escalation-evidence-pack/1'),
  period: AuditPeriodSchema,
  generatedAt: IsoInstantSchema,
  generatedBy: z.string(),
  redacted: z.boolean(),
  redactions: z.record(z.number().int()),
  files: z.array(z.object({ name: z.string().min(1), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
  notes: z.array(z.string()),
});

/** What the UI receives: the ZIP as base64 (resolver responses are JSON), its hash and the manifest. */
export interface EvidencePackView {
  fileName: string;
  base64: string;
  bytes: number;
  sha256: string;
  manifest: z.infer<typeof PackManifestSchema>;
}
