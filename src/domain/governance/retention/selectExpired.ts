import type { LegalHold } from '../../../contracts/retention.js';
import { isHeld, type PurgeCandidate } from './isHeld.js';

const DAY = 86_400_000;

/** The instant before which records kept `days` days have expired at `nowMs`. */
export function retentionCutoff(days: number, nowMs: number): number {
  return nowMs - days * DAY;
}

/**
 * Of a page of records, those past the cutoff that no active hold covers, and how many were
 * kept only because of a hold (so the purge record can say so).
 */
export function selectExpired(items: readonly PurgeCandidate[], cutoffMs: number, holds: readonly LegalHold[]): { expired: PurgeCandidate[]; held: number } {
  const expired: PurgeCandidate[] = [];
  let held = 0;
  for (const i of items) {
    if (Date.parse(i.at) >= cutoffMs) continue;
    if (isHeld(holds, i)) held += 1;
    else expired.push(i);
  }
  return { expired, held };
}
