import { createHash } from 'node:crypto';
import { canonicalJson } from './canonicalJson.js';

/** The hash a chain starts from: no entry comes before the first. */
export const GENESIS_HASH = '0'.repeat(64);

/** One entry of the append-only audit trail, linked to the one before it. */
export interface ChainedEntry {
  /** 1 for the first entry, then consecutive: a gap is a removed entry. */
  seq: number;
  at: string;
  kind: string;
  payload?: unknown;
  prevHash: string;
  hash: string;
}

/**
 * SHA-256 over the previous entry's hash and this entry's canonical content. Changing any
 * field, or the entry before it, changes every hash from there on.
 */
export function linkHash(prevHash: string, entry: Pick<ChainedEntry, 'seq' | 'at' | 'kind' | 'payload'>): string {
  const content = canonicalJson({ seq: entry.seq, at: entry.at, kind: entry.kind, payload: entry.payload });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/** The next entry after `previous` (null for the first entry of the trail). */
export function chainNext(previous: Pick<ChainedEntry, 'seq' | 'hash'> | null, at: string, kind: string, payload: unknown): ChainedEntry {
  const seq = previous === null ? 1 : previous.seq + 1;
  const prevHash = previous === null ? GENESIS_HASH : previous.hash;
  return { seq, at, kind, payload, prevHash, hash: linkHash(prevHash, { seq, at, kind, payload }) };
}
