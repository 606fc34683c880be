import { emptyReviewContent } from '../../../src/contracts/reviewContent.js';
import { KvsReviewStore } from '../../../src/adapters/forge/kvsReviewStore.js';
import { MemoryReviewStore } from '../../../src/adapters/memory/memoryReviewStore.js';
import type { ReviewRecord } from '../../../src/contracts/reviewRecord.js';
import { defaultReviewSettings } from '../../../src/contracts/reviewSettings.js';
import type { ReviewStore } from '../../../src/ports/reviewStore.js';
import { T0 } from '../../support/builders.js';
import { bareRuntime } from '../../sandbox/forge/helpers.js';

type Runtime = ReturnType<typeof bareRuntime>;
let runtime: Runtime | null = null;
afterEach(() => {
  runtime?.close();
  runtime = null;
});

const iso = (ms: number) => new Date(ms).toISOString();
const aReview = (incidentKey: string, o: Partial<ReviewRecord> = {}): ReviewRecord => ({
  schema: 1, incidentKey, issueKey: `${incidentKey}-PIR`, status: 'open', ownerAccountId: 'agent-ana', ownerSource: 'escalation',
  policyId: 'default', priority: 'P1', pathsReached: ['executive'], openedAt: iso(T0), linkedAt: null, resolvedAt: iso(T0),
  dueAt: iso(T0 + 48 * 3_600_000), pausedAt: null, pausedTotalMs: 0, remindedAt: null, overdueEscalatedAt: null, timerAt: null,
  completedAt: null, completedBy: null, content: emptyReviewContent, findings: [], ...o,
});

/** The in-memory twin must behave like the KVS store, which runs through the real @forge/kvs here. */
describe.each<[string, () => ReviewStore]>([
  ['MemoryReviewStore', () => new MemoryReviewStore(() => T0)],
  ['KvsReviewStore on @forge/kvs', () => { runtime = bareRuntime(); return new KvsReviewStore(); }],
])('ReviewStore contract: %s', (_name, make) => {
  it('keeps settings', async () => {
    const s = make();
    expect(await s.getSettings()).toBeNull();
    await s.saveSettings({ ...defaultReviewSettings, dueHours: 24 });
    expect(await s.getSettings()).toMatchObject({ dueHours: 24 });
  });

  it('lets only the first claimant open a review; releasing lets the next one claim', async () => {
    const s = make();
    expect(await s.claimOpening('ITOPS-1', 120)).toBe(true);
    expect(await s.claimOpening('ITOPS-1', 120)).toBe(false);
    expect(await s.claimOpening('ITOPS-2', 120)).toBe(true);
    await s.releaseOpening('ITOPS-1');
    expect(await s.claimOpening('ITOPS-1', 120)).toBe(true);
  });

  it('lists only open reviews and maps review issues back to their incidents', async () => {
    const s = make();
    await s.saveReview(aReview('ITOPS-1'));
    await s.saveReview(aReview('ITOPS-2'));
    await s.saveReview({ ...aReview('ITOPS-2'), status: 'completed', completedAt: iso(T0 + 1), completedBy: 'agent-ana' });
    expect((await s.listOpenReviews()).reviews.map((r) => r.incidentKey)).toEqual(['ITOPS-1']);
    expect(await s.getReview('ITOPS-2')).toMatchObject({ status: 'completed' });
    expect(await s.incidentOfReviewIssue('ITOPS-2-PIR')).toBe('ITOPS-2');
    expect(await s.incidentOfReviewIssue('ITOPS-7')).toBeNull();
    expect(await s.getReview('ITOPS-3')).toBeNull();
  });
});
