import type { TrailEntry } from '../../contracts/governance.js';
import { chainNext } from '../../domain/governance/auditChain/chainLink.js';
import type { GovernanceStore } from '../../ports/governanceStore.js';

/** Racing appenders each lose at most once per winner; this bounds a pathological pile-up. */
const MAX_ATTEMPTS = 50;

/**
 * Appends one entry to the hash-chained trail. The next place is read from the head, claimed
 * first-writer-wins, then the head is moved. A claim lost to another writer (or a head left
 * behind by a writer that died after its claim) is caught up by following the entries that
 * are already there, so the chain never forks and never skips.
 */
export async function appendToTrail(gov: GovernanceStore, at: string, kind: string, payload: unknown): Promise<TrailEntry> {
  let previous: { seq: number; hash: string } | null = null;
  const head = await gov.trailHead();
  previous = head.seq === 0 ? null : head;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
    const entry = chainNext(previous, at, kind, payload);
    if (await gov.putTrailEntry(entry)) {
      await gov.advanceTrailHead({ seq: entry.seq, hash: entry.hash });
      return entry;
    }
    const there = await gov.getTrailEntry(entry.seq);
    if (!there) continue;
    previous = { seq: there.seq, hash: there.hash };
  }
  throw new Error(`could not append to the audit trail after ${MAX_ATTEMPTS} attempts`);
}
