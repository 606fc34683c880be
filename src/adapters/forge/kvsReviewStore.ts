import { kvs } from '@forge/kvs';
import { ReviewRecordSchema, type ReviewRecord } from '../../contracts/reviewRecord.js';
import { ReviewSettingsSchema, type ReviewSettings } from '../../contracts/reviewSettings.js';
import type { QuarantinedReview, ReviewStore } from '../../ports/reviewStore.js';
import { MonthRollupSchema, type MonthRollup } from '../../contracts/pathRollup.js';
import { kvsQueryAll } from './kvsQueryAll.js';
import { parseStored } from './storedRecords.js';

const SETTINGS = 'review-settings';
const review = (incidentKey: string) => `review:${incidentKey}`;
const open = (incidentKey: string) => `review-open:${incidentKey}`;
const issue = (issueKey: string) => `review-issue:${issueKey}`;
const claim = (incidentKey: string) => `review-claim:${incidentKey}`;

/**
 * Reviews in KVS: `review:<incident>` is the record; `review-open:<incident>` marks the open
 * ones so the sweep reads only those; `review-issue:<issue>` maps the review issue back.
 * The three are written in one transaction, so the index never disagrees with the record.
 */
export class KvsReviewStore implements ReviewStore {
  async getSettings(): Promise<ReviewSettings | null> {
    const v = await kvs.get(SETTINGS);
    return v === undefined ? null : parseStored(ReviewSettingsSchema, SETTINGS, v);
  }
  async saveSettings(settings: ReviewSettings): Promise<void> { await kvs.set(SETTINGS, settings); }

  async claimOpening(incidentKey: string, leaseSeconds: number): Promise<boolean> {
    try {
      await kvs.set(claim(incidentKey), { at: Date.now() }, { keyPolicy: 'FAIL_IF_EXISTS', ttl: { value: leaseSeconds, unit: 'SECONDS' } });
      return true;
    } catch (e) {
      // FAIL_IF_EXISTS refuses with an error: tell "someone else holds it" from a real failure.
      if ((await kvs.get(claim(incidentKey))) !== undefined) return false;
      throw e;
    }
  }

  async releaseOpening(incidentKey: string): Promise<void> { await kvs.delete(claim(incidentKey)); }

  async getReview(incidentKey: string): Promise<ReviewRecord | null> {
    const v = await kvs.get(review(incidentKey));
    return v === undefined ? null : parseStored(ReviewRecordSchema, review(incidentKey), v);
  }

  async saveReview(r: ReviewRecord): Promise<void> {
    const tx = kvs.transact()
      .set(review(r.incidentKey), r)
      .set(issue(r.issueKey), { incidentKey: r.incidentKey });
    await (r.status === 'open' ? tx.set(open(r.incidentKey), { dueAt: r.dueAt }) : tx.delete(open(r.incidentKey))).execute();
  }

  async listOpenReviews(): Promise<{ reviews: ReviewRecord[]; quarantined: QuarantinedReview[] }> {
    const reviews: ReviewRecord[] = [];
    const quarantined: QuarantinedReview[] = [];
    for (const [key] of await kvsQueryAll('review-open:')) {
      const incidentKey = key.slice('review-open:'.length);
      try {
        const r = await this.getReview(incidentKey);
        if (r?.status === 'open') reviews.push(r);
      } catch (e) {
        quarantined.push({ key: review(incidentKey), error: e instanceof Error ? e.message : String(e) });
      }
    }
    return { reviews, quarantined };
  }

  async incidentOfReviewIssue(issueKey: string): Promise<string | null> {
    const v = (await kvs.get(issue(issueKey))) as { incidentKey?: unknown } | undefined;
    return typeof v?.incidentKey === 'string' ? v.incidentKey : null;
  }

  async getRollup(month: string): Promise<MonthRollup | null> {
    const v = await kvs.get(`rollup:${month}`);
    return v === undefined ? null : parseStored(MonthRollupSchema, `rollup:${month}`, v);
  }
  async saveRollup(r: MonthRollup): Promise<void> { await kvs.set(`rollup:${r.month}`, r); }
  async listRollups(from: string, to: string): Promise<MonthRollup[]> {
    // One key per month: a decade is 120 keys, two query pages.
    return (await kvsQueryAll('rollup:'))
      .map(([k, v]) => parseStored(MonthRollupSchema, k, v))
      .filter((r) => r.month >= from && r.month <= to)
      .sort((a, b) => a.month.localeCompare(b.month));
  }
}
