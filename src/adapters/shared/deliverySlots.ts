import type { IngestCounter } from '../../contracts/alertState.js';
import { DELIVERIES_KEPT, deliveryId, type DeliveryRecord } from '../../contracts/integration.js';
import type { IngestWrite } from '../../ports/alertStore.js';

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

/**
 * A seq claim lives as long as a delivery record, so a seq is never handed out twice while a
 * record numbered with it may still be stored, even when a racing write left the counter behind.
 */
export const SEQ_CLAIM_TTL_DAYS = 30;
/** Past this many taken numbers in a row something is wrong; failing makes the sender retry. */
const MAX_SEQ_TRIES = 1000;

/**
 * Seqs for a write's deliveries: the caller's proposals, each claimed first-writer-wins, moving
 * to the next number when a racing request already took one. Two requests that read the same
 * counter therefore never share a slot (the read-then-write counter alone would let them).
 */
export async function claimSeqs(w: IngestWrite, claim: (seq: number) => Promise<boolean>): Promise<number[]> {
  const proposed = seqsOf(w.counter.seq, w.deliveries.length);
  const seqs: number[] = [];
  let next = proposed[0] ?? 0;
  for (let tries = 0; seqs.length < proposed.length; tries++, next++) {
    if (tries >= MAX_SEQ_TRIES) throw new Error(`no free delivery number for ${w.integrationId} after ${MAX_SEQ_TRIES} tries`);
    if (await claim(next)) seqs.push(next);
  }
  return seqs;
}

/** The write's deliveries renumbered with their claimed seqs, and the counter it leaves. */
export function numbered(w: IngestWrite, seqs: number[]): { deliveries: Array<{ seq: number; record: DeliveryRecord }>; counter: IngestCounter } {
  const deliveries = w.deliveries.map((d, i) => ({ seq: seqs[i]!, record: { ...d, id: deliveryId(w.integrationId, seqs[i]!) } }));
  const last = seqs[seqs.length - 1];
  return { deliveries, counter: { ...w.counter, seq: last === undefined ? w.counter.seq : Math.max(last, w.counter.seq) } };
}

/** Newest first: by receipt time, then by id (ids carry a zero-padded seq) for equal times. */
export function newestFirst(records: Iterable<DeliveryRecord>): DeliveryRecord[] {
  const time = (d: DeliveryRecord) => Date.parse(d.receivedAt);
  return [...records].sort((a, b) => time(b) - time(a) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
}
