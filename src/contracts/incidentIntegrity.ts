import { z } from 'zod';
import { IsoInstantSchema } from './common.js';

/** The issue properties the app mirrors from app storage; both are written by the app only. */
export const mirroredProperties = ['escalation', 'comms'] as const;
export type MirroredProperty = (typeof mirroredProperties)[number];

export const attentionKinds = ['quarantined', 'bypassAttempt'] as const;

/**
 * One record an admin should look at: app state that no longer parses (quarantined, skipped by
 * sweeps and lists), or an issue property someone changed behind the app's back (restored).
 */
export const AttentionRecordSchema = z.object({
  issueKey: z.string().min(1),
  kind: z.enum(attentionKinds),
  property: z.enum(mirroredProperties).nullable(),
  reason: z.string(),
  at: IsoInstantSchema,
  /**
   * Who last edited the issue according to its changelog, when it has one. Jira records no
   * history for property writes, so this is a lead to follow, not proof of who wrote it.
   */
  lastEditedBy: z.string().nullable(),
  lastEditedAt: IsoInstantSchema.nullable(),
});
export type AttentionRecord = z.infer<typeof AttentionRecordSchema>;

/** `listRecordsNeedingAttention` takes no input; it is admins only. */
export const ListRecordsNeedingAttentionSchema = z.object({}).strict();

export interface RecordsNeedingAttention {
  /** Newest first. */
  records: AttentionRecord[];
}

/** What the incident panel shows when the issue's properties were changed behind the app's back. */
export interface TamperWarning {
  property: 'escalation' | 'comms' | null;
  at: string;
  reason: string;
  lastEditedBy: string | null;
}
