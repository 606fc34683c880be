import type { AccessReview } from '../contracts/accessReview.js';
import type { CustomControlRecord } from '../contracts/controls.js';
import type { AdherenceAudit, TrailEntry, TrailHead } from '../contracts/governance.js';

export type AuditSaveResult = { saved: true } | { saved: false; currentRevision: number };

/**
 * Storage for governance records: adherence audits and the append-only, hash-chained audit
 * trail. The trail is written entry by entry with first-writer-wins keys, so two invocations
 * appending at once can never both take the same place in the chain.
 */
export interface GovernanceStore {
  getAudit(period: string): Promise<AdherenceAudit | null>;
  /** Saves only if the stored revision is `audit.revision - 1` (or none is stored and it is 1). */
  saveAudit(audit: AdherenceAudit): Promise<AuditSaveResult>;
  /** Newest first. */
  listAudits(): Promise<AdherenceAudit[]>;

  /** The last entry the chain is known to have; `{seq: 0, hash: GENESIS}` for an empty trail. */
  trailHead(): Promise<TrailHead>;
  /** Stores `entry` at its seq only if nothing is there yet; false when another writer was first. */
  putTrailEntry(entry: TrailEntry): Promise<boolean>;
  getTrailEntry(seq: number): Promise<TrailEntry | null>;
  /** Moves the head forward (never back). */
  advanceTrailHead(head: TrailHead): Promise<void>;
  /** Entries with seq in [fromSeq, fromSeq + limit), in order. */
  listTrail(fromSeq: number, limit: number): Promise<TrailEntry[]>;

  /** Current revision of every custom control (deleted ones included); bad records are set apart, not thrown. */
  listCustomControls(): Promise<{ controls: CustomControlRecord[]; quarantined: Array<{ key: string; problem: string }> }>;
  getCustomControl(id: string): Promise<CustomControlRecord | null>;
  /** Saves only if the stored revision is `record.revision - 1` (or none is stored and it is 1); every revision is kept. */
  saveCustomControl(record: CustomControlRecord): Promise<AuditSaveResult>;

  getAccessReview(quarter: string): Promise<AccessReview | null>;
  /** Saves only if the stored revision is `review.revision - 1` (or none is stored and it is 1). */
  saveAccessReview(review: AccessReview): Promise<AuditSaveResult>;
  /** Newest quarter first. */
  listAccessReviews(): Promise<AccessReview[]>;
}
