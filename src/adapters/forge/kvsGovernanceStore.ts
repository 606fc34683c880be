import { kvs } from '@forge/kvs';
import { AccessReviewSchema, type AccessReview } from '../../contracts/accessReview.js';
import { CustomControlRecordSchema, type CustomControlRecord } from '../../contracts/controls.js';
import { AdherenceAuditSchema, TrailEntrySchema, TrailHeadSchema, type AdherenceAudit, type TrailEntry, type TrailHead } from '../../contracts/governance.js';
import type { AuditSaveResult, GovernanceStore } from '../../ports/governanceStore.js';
import { kvsQueryAll } from './kvsQueryAll.js';
import { parseStored } from './storedRecords.js';

const GENESIS: TrailHead = { seq: 0, hash: '0'.repeat(64) };
const audit = (period: string) => `gov-audit:${period}`;
const auditRevision = (period: string, revision: number) => `gov-audit-rev:${period}:${String(revision).padStart(6, '0')}`;
const trail = (seq: number) => `gov-trail:${String(seq).padStart(12, '0')}`;
const HEAD = 'gov-trail-head';
const control = (id: string) => `gov-control:${id}`;
const review = (quarter: string) => `gov-access-review:${quarter}`;
const reviewRevision = (quarter: string, revision: number) => `gov-access-review-rev:${quarter}:${String(revision).padStart(6, '0')}`;
const controlRevision = (id: string, revision: number) => `gov-control-rev:${id}:${String(revision).padStart(6, '0')}`;

/**
 * Governance records in KVS. An audit save first claims `gov-audit-rev:<period>:<revision>`
 * (first writer wins), then moves `gov-audit:<period>` to it, as policy versions do: two
 * auditors saving from one revision cannot both win. Trail entries sit under zero-padded
 * sequence numbers, each claimed first-writer-wins, so the chain has one entry per place.
 */
export class KvsGovernanceStore implements GovernanceStore {
  async getAudit(period: string): Promise<AdherenceAudit | null> {
    const v = await kvs.get(audit(period));
    return v === undefined ? null : parseStored(AdherenceAuditSchema, audit(period), v);
  }

  async saveAudit(a: AdherenceAudit): Promise<AuditSaveResult> {
    const record = AdherenceAuditSchema.parse(a);
    const before = await this.getAudit(a.period);
    if ((before?.revision ?? 0) !== a.revision - 1) return { saved: false, currentRevision: before?.revision ?? 0 };
    try {
      await kvs.set(auditRevision(a.period, a.revision), { at: a.ranAt }, { keyPolicy: 'FAIL_IF_EXISTS' });
    } catch (e) {
      const current = await this.getAudit(a.period);
      if (!current) throw e;
      return { saved: false, currentRevision: current.revision };
    }
    const current = await this.getAudit(a.period);
    // The revision claim is ours; a lagging head (a save that died after its claim) is only ever behind.
    if (current && current.revision >= a.revision) return { saved: false, currentRevision: current.revision };
    await kvs.set(audit(a.period), record);
    return { saved: true };
  }

  async listAudits(): Promise<AdherenceAudit[]> {
    const rows = await kvsQueryAll('gov-audit:');
    return rows.map(([k, v]) => parseStored(AdherenceAuditSchema, k, v)).sort((x, y) => (x.period < y.period ? 1 : -1));
  }

  async trailHead(): Promise<TrailHead> {
    const v = await kvs.get(HEAD);
    return v === undefined ? GENESIS : parseStored(TrailHeadSchema, HEAD, v);
  }

  async putTrailEntry(entry: TrailEntry): Promise<boolean> {
    try {
      await kvs.set(trail(entry.seq), TrailEntrySchema.parse(entry), { keyPolicy: 'FAIL_IF_EXISTS' });
      return true;
    } catch (e) {
      if ((await kvs.get(trail(entry.seq))) !== undefined) return false;
      throw e;
    }
  }

  async getTrailEntry(seq: number): Promise<TrailEntry | null> {
    const v = await kvs.get(trail(seq));
    return v === undefined ? null : parseStored(TrailEntrySchema, trail(seq), v);
  }

  async advanceTrailHead(head: TrailHead): Promise<void> {
    const current = await this.trailHead();
    if (head.seq > current.seq) await kvs.set(HEAD, head);
  }

  async listTrail(fromSeq: number, limit: number): Promise<TrailEntry[]> {
    const out: TrailEntry[] = [];
    // 25 reads at a time: KVS's batch size, and a bound on one invocation's burst.
    for (let start = fromSeq; start < fromSeq + limit; start += 25) {
      const seqs = Array.from({ length: Math.min(25, fromSeq + limit - start) }, (_, i) => start + i);
      const got = await Promise.all(seqs.map((s) => this.getTrailEntry(s)));
      for (const g of got) if (g) out.push(g);
    }
    return out;
  }

  async listCustomControls() {
    const controls: CustomControlRecord[] = [];
    const quarantined: Array<{ key: string; problem: string }> = [];
    for (const [k, v] of await kvsQueryAll('gov-control:')) {
      try { controls.push(parseStored(CustomControlRecordSchema, k, v)); } catch (e) { quarantined.push({ key: k, problem: (e as Error).message }); }
    }
    return { controls: controls.sort((a, b) => a.control.id.localeCompare(b.control.id)), quarantined };
  }

  async getCustomControl(id: string): Promise<CustomControlRecord | null> {
    const v = await kvs.get(control(id));
    return v === undefined ? null : parseStored(CustomControlRecordSchema, control(id), v);
  }

  /** As audits: claim the revision first-writer-wins (the claim keeps that revision as history), then move the head. */
  async saveCustomControl(r: CustomControlRecord): Promise<AuditSaveResult> {
    const record = CustomControlRecordSchema.parse(r);
    const id = record.control.id;
    const before = await this.getCustomControl(id);
    if ((before?.revision ?? 0) !== record.revision - 1) return { saved: false, currentRevision: before?.revision ?? 0 };
    try {
      await kvs.set(controlRevision(id, record.revision), record, { keyPolicy: 'FAIL_IF_EXISTS' });
    } catch (e) {
      const current = await this.getCustomControl(id);
      if (!current) throw e;
      return { saved: false, currentRevision: current.revision };
    }
    const current = await this.getCustomControl(id);
    if (current && current.revision >= record.revision) return { saved: false, currentRevision: current.revision };
    await kvs.set(control(id), record);
    return { saved: true };
  }

  async getAccessReview(quarter: string): Promise<AccessReview | null> {
    const v = await kvs.get(review(quarter));
    return v === undefined ? null : parseStored(AccessReviewSchema, review(quarter), v);
  }

  /** As audits: claim the revision first-writer-wins, then move the head. */
  async saveAccessReview(r: AccessReview): Promise<AuditSaveResult> {
    const record = AccessReviewSchema.parse(r);
    const before = await this.getAccessReview(r.quarter);
    if ((before?.revision ?? 0) !== r.revision - 1) return { saved: false, currentRevision: before?.revision ?? 0 };
    try {
      await kvs.set(reviewRevision(r.quarter, r.revision), { at: r.openedAt }, { keyPolicy: 'FAIL_IF_EXISTS' });
    } catch (e) {
      const current = await this.getAccessReview(r.quarter);
      if (!current) throw e;
      return { saved: false, currentRevision: current.revision };
    }
    const current = await this.getAccessReview(r.quarter);
    if (current && current.revision >= r.revision) return { saved: false, currentRevision: current.revision };
    await kvs.set(review(r.quarter), record);
    return { saved: true };
  }

  async listAccessReviews(): Promise<AccessReview[]> {
    const rows = await kvsQueryAll('gov-access-review:');
    return rows.map(([k, v]) => parseStored(AccessReviewSchema, k, v)).sort((x, y) => (x.quarter < y.quarter ? 1 : -1));
  }
}
