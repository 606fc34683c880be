import { GENESIS_HASH, linkHash, type ChainedEntry } from './chainLink.js';

export type ChainProblem =
  | { seq: number; problem: 'altered'; detail: string }
  | { seq: number; problem: 'missing'; detail: string }
  | { seq: number; problem: 'reordered'; detail: string }
  | { seq: number; problem: 'brokenLink'; detail: string };

export interface ChainVerdict {
  ok: boolean;
  entries: number;
  problems: ChainProblem[];
}

/**
 * Checks an audit trail as read back (in storage order): each entry's hash matches its
 * content, each links to the one before, sequence numbers run 1, 2, 3… with no gap and no
 * step back. With `head` (the last seq and hash, kept apart from the trail), removing entries
 * from the end is caught too; without it only what is left can be checked, and the verdict says so.
 *
 * @example verifyChain([e1, e3]).problems // [{seq: 2, problem: 'missing', …}]
 */
export function verifyChain(entries: readonly ChainedEntry[], head?: { seq: number; hash: string }): ChainVerdict {
  const problems: ChainProblem[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  for (const e of entries) {
    if (e.seq < expectedSeq) {
      problems.push({ seq: e.seq, problem: 'reordered', detail: `entry ${e.seq} appears after entry ${expectedSeq - 1}` });
    } else if (e.seq > expectedSeq) {
      const last = e.seq - 1;
      problems.push({ seq: expectedSeq, problem: 'missing', detail: last === expectedSeq ? `entry ${expectedSeq} is missing` : `entries ${expectedSeq}–${last} are missing` });
    }
    if (linkHash(e.prevHash, e) !== e.hash) {
      problems.push({ seq: e.seq, problem: 'altered', detail: `entry ${e.seq}'s content does not match its hash` });
    } else if (e.prevHash !== prevHash && e.seq === expectedSeq) {
      // Content intact but linked to something else: the entry before it was changed or swapped.
      problems.push({ seq: e.seq, problem: 'brokenLink', detail: `entry ${e.seq} does not follow the entry before it` });
    }
    prevHash = e.hash;
    expectedSeq = Math.max(expectedSeq, e.seq + 1);
  }
  if (head !== undefined) {
    if (head.seq >= expectedSeq) {
      problems.push({ seq: expectedSeq, problem: 'missing', detail: `entries ${expectedSeq}–${head.seq} at the end are missing` });
    } else if (head.seq === expectedSeq - 1 && head.hash !== prevHash) {
      problems.push({ seq: head.seq, problem: 'altered', detail: `the last entry is not the one recorded as the head` });
    }
  }
  return { ok: problems.length === 0, entries: entries.length, problems };
}
