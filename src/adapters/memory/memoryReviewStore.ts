import { ReviewRecordSchema, type ReviewRecord } from '../../contracts/reviewRecord.js';
import type { ReviewSettings } from '../../contracts/reviewSettings.js';
import type { QuarantinedReview, ReviewStore } from '../../ports/reviewStore.js';
import { MonthRollupSchema, type MonthRollup } from '../../contracts/pathRollup.js';

/** In-memory twin of the KVS review store, with the same semantics, for tests and benchmarks. */
export class MemoryReviewStore implements ReviewStore {
  private settings: ReviewSettings | null = null;
  private readonly claims = new Map<string, number>();
  /** Raw values, so tests can plant a corrupt record the way a bad KVS value would look. */
  readonly records = new Map<string, unknown>();
  private readonly byIssue = new Map<string, string>();
  private readonly rollups = new Map<string, MonthRollup>();
  /** Storage operations so far, for benchmarks. */
  ops = 0;

  constructor(private readonly now: () => number) {}

  async getSettings() { return this.settings === null ? null : structuredClone(this.settings); }
  async saveSettings(s: ReviewSettings) { this.settings = structuredClone(s); }

  async claimOpening(incidentKey: string, leaseSeconds: number) {
    const until = this.claims.get(incidentKey);
    if (until !== undefined && until > this.now()) return false;
    this.claims.set(incidentKey, this.now() + leaseSeconds * 1000);
    return true;
  }

  async releaseOpening(incidentKey: string) { this.claims.delete(incidentKey); }

  async getReview(incidentKey: string) {
    const raw = this.records.get(incidentKey);
    return raw === undefined ? null : ReviewRecordSchema.parse(raw);
  }

  async saveReview(review: ReviewRecord) {
    this.records.set(review.incidentKey, structuredClone(ReviewRecordSchema.parse(review)));
    this.byIssue.set(review.issueKey, review.incidentKey);
  }

  async listOpenReviews() {
    const reviews: ReviewRecord[] = [];
    const quarantined: QuarantinedReview[] = [];
    for (const [key, raw] of this.records) {
      const r = ReviewRecordSchema.safeParse(raw);
      if (!r.success) quarantined.push({ key, error: `${r.error.issues[0]?.path.join('.')}: ${r.error.issues[0]?.message}` });
      else if (r.data.status === 'open') reviews.push(r.data);
    }
    return { reviews: reviews.sort((a, b) => a.dueAt.localeCompare(b.dueAt)), quarantined };
  }

  async incidentOfReviewIssue(issueKey: string) { return this.byIssue.get(issueKey) ?? null; }

  async getRollup(month: string) { this.ops++; const r = this.rollups.get(month); return r ? structuredClone(r) : null; }
  async saveRollup(r: MonthRollup) { this.ops++; this.rollups.set(r.month, structuredClone(MonthRollupSchema.parse(r))); }
  async listRollups(from: string, to: string) {
    this.ops++;
    return [...this.rollups.values()].filter((r) => r.month >= from && r.month <= to).sort((a, b) => a.month.localeCompare(b.month)).map((r) => structuredClone(r));
  }
}
