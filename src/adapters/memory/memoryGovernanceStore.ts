import { AccessReviewSchema, type AccessReview } from '../../contracts/accessReview.js';
import { CustomControlRecordSchema, type CustomControlRecord } from '../../contracts/controls.js';
import { AdherenceAuditSchema, TrailEntrySchema, type AdherenceAudit, type TrailEntry, type TrailHead } from '../../contracts/governance.js';
import type { AuditSaveResult, GovernanceStore } from '../../ports/governanceStore.js';

/** In-memory twin of the KVS governance store, with the same first-writer-wins semantics. */
export class MemoryGovernanceStore implements GovernanceStore {
  /** By period; the in-memory retention store purges from here. */
  readonly audits = new Map<string, AdherenceAudit>();
  /** Raw entries by seq, so tests can alter, remove or swap one as an attacker would. */
  readonly trail = new Map<number, TrailEntry>();
  private head: TrailHead = { seq: 0, hash: '0'.repeat(64) };
  /** Raw control records by id, so tests can plant a corrupt one. */
  readonly controls = new Map<string, unknown>();
  readonly controlHistory: CustomControlRecord[] = [];
  /** By quarter. */
  readonly accessReviews = new Map<string, AccessReview>();

  async getAudit(period: string) {
    const a = this.audits.get(period);
    return a ? structuredClone(a) : null;
  }

  async saveAudit(a: AdherenceAudit): Promise<AuditSaveResult> {
    const current = this.audits.get(a.period);
    const expected = current ? current.revision + 1 : 1;
    if (a.revision !== expected) return { saved: false, currentRevision: current?.revision ?? 0 };
    this.audits.set(a.period, structuredClone(AdherenceAuditSchema.parse(a)));
    return { saved: true };
  }

  async listAudits() {
    return [...this.audits.values()].map((a) => structuredClone(a)).sort((x, y) => (x.period < y.period ? 1 : -1));
  }

  async trailHead() { return { ...this.head }; }

  async putTrailEntry(entry: TrailEntry) {
    if (this.trail.has(entry.seq)) return false;
    this.trail.set(entry.seq, structuredClone(TrailEntrySchema.parse(entry)) as TrailEntry);
    return true;
  }

  async getTrailEntry(seq: number) {
    const e = this.trail.get(seq);
    return e ? structuredClone(e) : null;
  }

  async advanceTrailHead(head: TrailHead) {
    if (head.seq > this.head.seq) this.head = { ...head };
  }

  async listTrail(fromSeq: number, limit: number) {
    const out: TrailEntry[] = [];
    for (let s = fromSeq; s < fromSeq + limit; s += 1) {
      const e = this.trail.get(s);
      if (e) out.push(structuredClone(e));
    }
    return out;
  }

  async listCustomControls() {
    const controls: CustomControlRecord[] = [];
    const quarantined: Array<{ key: string; problem: string }> = [];
    for (const [id, v] of this.controls) {
      const r = CustomControlRecordSchema.safeParse(v);
      if (r.success) controls.push(structuredClone(r.data));
      else quarantined.push({ key: `gov-control:${id}`, problem: `invalid at ${r.error.issues[0]!.path.join('.') || '(root)'}: ${r.error.issues[0]!.message}` });
    }
    return { controls: controls.sort((a, b) => a.control.id.localeCompare(b.control.id)), quarantined };
  }

  async getCustomControl(id: string) {
    const v = this.controls.get(id);
    return v === undefined ? null : structuredClone(CustomControlRecordSchema.parse(v));
  }

  async saveCustomControl(r: CustomControlRecord): Promise<AuditSaveResult> {
    const record = CustomControlRecordSchema.parse(r);
    const current = this.controls.get(record.control.id) as CustomControlRecord | undefined;
    const expected = current ? current.revision + 1 : 1;
    if (record.revision !== expected) return { saved: false, currentRevision: current?.revision ?? 0 };
    this.controls.set(record.control.id, structuredClone(record));
    this.controlHistory.push(structuredClone(record));
    return { saved: true };
  }

  async getAccessReview(quarter: string) {
    const r = this.accessReviews.get(quarter);
    return r ? structuredClone(r) : null;
  }

  async saveAccessReview(r: AccessReview): Promise<AuditSaveResult> {
    const current = this.accessReviews.get(r.quarter);
    const expected = current ? current.revision + 1 : 1;
    if (r.revision !== expected) return { saved: false, currentRevision: current?.revision ?? 0 };
    this.accessReviews.set(r.quarter, structuredClone(AccessReviewSchema.parse(r)));
    return { saved: true };
  }

  async listAccessReviews() {
    return [...this.accessReviews.values()].map((r) => structuredClone(r)).sort((x, y) => (x.quarter < y.quarter ? 1 : -1));
  }
}
