import { linkHash } from '../auditChain/chainLink.js';

interface ExtractEntryLike { seq: number; at: string; kind: string; payload?: unknown; prevHash: string; hash: string; redacted?: boolean | undefined }

export interface ExtractVerdict {
  ok: boolean;
  entries: number;
  /** Entries whose hash was recomputed from their content. */
  hashed: number;
  /** Redacted entries: their content changed on purpose, so only their place in the chain is checked. */
  linkOnly: number;
  problems: Array<{ seq: number; problem: 'altered' | 'missing' | 'brokenLink'; detail: string }>;
}

/**
 * Verifies a run of trail entries from `anchor`: consecutive sequence numbers, each linked to
 * the one before (the first to the anchor), and each unredacted entry's hash matching its
 * content. A redacted entry is still pinned: the next entry's link is to its original hash.
 *
 * @example verifyExtract({ seq: 4, hash: h4 }, [e5, e6]).ok // true when e5 follows e4 and e6 follows e5
 */
export function verifyExtract(anchor: { seq: number; hash: string }, entries: readonly ExtractEntryLike[]): ExtractVerdict {
  const problems: ExtractVerdict['problems'] = [];
  let prev = anchor;
  let hashed = 0;
  let linkOnly = 0;
  for (const e of entries) {
    if (e.seq !== prev.seq + 1) problems.push({ seq: prev.seq + 1, problem: 'missing', detail: `expected entry ${prev.seq + 1}, found ${e.seq}` });
    else if (e.prevHash !== prev.hash) problems.push({ seq: e.seq, problem: 'brokenLink', detail: `entry ${e.seq} does not follow entry ${prev.seq}` });
    if (e.redacted) linkOnly += 1;
    else if (linkHash(e.prevHash, e) !== e.hash) problems.push({ seq: e.seq, problem: 'altered', detail: `entry ${e.seq}'s content does not match its hash` });
    else hashed += 1;
    prev = { seq: e.seq, hash: e.hash };
  }
  return { ok: problems.length === 0, entries: entries.length, hashed, linkOnly, problems };
}
