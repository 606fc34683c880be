import { DELIVERIES_KEPT, type DeliveryRecord } from '../../contracts/integration.js';

/**
 * Delivery `seq` n lives in slot n mod DELIVERIES_KEPT, overwriting the oldest, so the list is
 * bounded by construction and never needs a clean-up pass (which would cost reads and deletes).
 */
export function slotOf(seq: number): number {
  return ((seq % DELIVERIES_KEPT) + DELIVERIES_KEPT) % DELIVERIES_KEPT;
}

/** The seq of each delivery in a write whose counter ends at `lastSeq`. */
export function seqsOf(lastSeq: number, count: number): number[] {
  return Array.from({ length: count }, (_, i) => lastSeq - count + 1 + i);
}

/** Newest first: by receipt time, then by id (ids carry a zero-padded seq) for equal times. */
export function newestFirst(records: Iterable<DeliveryRecord>): DeliveryRecord[] {
  const time = (d: DeliveryRecord) => Date.parse(d.receivedAt);
  return [...records].sort((a, b) => time(b) - time(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}
