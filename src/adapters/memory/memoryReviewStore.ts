import { ReviewRecordSchema, type ReviewRecord } from '../../contracts/reviewRecord.js';
import type { ReviewSettings } from '../../contracts/reviewSettings.js';
import type { QuarantinedReview, ReviewStore } from '../../ports/reviewStore.js';

/** In-memory twin of the KVS review store, with the same semantics, for tests and benchmarks. */
export class MemoryReviewStore implements ReviewStore {
  private settings: ReviewSettings | null = null;
  private readonly claims = new Map<string, number>();
  /** Raw values, so tests can plant a corrupt record the way a bad KVS value would look. */
  readonly records = new Map<string, unknown>();
  private readonly byIssue = new Map<string, string>();

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
}
