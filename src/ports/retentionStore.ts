import type { LegalHold, PurgeCheckpoint, PurgeRecord, RetentionRecordType, StoredRetention } from '../contracts/retention.js';
import type { PurgeCandidate } from '../domain/governance/retention/isHeld.js';

/** At most this many keys per batch: with the checkpoint and the purge record it fills one KVS transaction (25). */
export const PURGE_BATCH_KEYS = 23;

/**
 * Retention settings, legal holds and the purge's own bookkeeping, plus the records it may
 * delete. A batch's deletions, the checkpoint and what was deleted are written in one
 * transaction: a purge that dies mid-run has either deleted a batch and recorded it, or neither.
 */
export interface RetentionStore {
  getSettings(): Promise<StoredRetention | null>;
  /** Saves only as the next version (`version` = current + 1); every version is kept. */
  saveSettings(record: StoredRetention): Promise<{ saved: true } | { saved: false; currentVersion: number }>;
  /** Newest first. */
  listSettingsVersions(): Promise<StoredRetention[]>;

  listHolds(): Promise<LegalHold[]>;
  saveHold(hold: LegalHold): Promise<void>;

  getCheckpoint(): Promise<PurgeCheckpoint | null>;
  /** A page of records of `type` in key order, from `cursor`. Records that do not parse are skipped, never deleted. */
  scan(type: RetentionRecordType, cursor: string | null, limit: number): Promise<{ items: PurgeCandidate[]; cursor: string | null }>;
  /** Deletes `keys` (≤ PURGE_BATCH_KEYS), saves the checkpoint and, when given, the purge record, atomically. */
  commitBatch(keys: readonly string[], checkpoint: PurgeCheckpoint, record: PurgeRecord | null): Promise<void>;
  /** Newest first. */
  listPurgeRecords(limit: number): Promise<PurgeRecord[]>;
}
