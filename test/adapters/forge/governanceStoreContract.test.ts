import { KvsGovernanceStore } from '../../../src/adapters/forge/kvsGovernanceStore.js';
import { MemoryGovernanceStore } from '../../../src/adapters/memory/memoryGovernanceStore.js';
import type { AccessReview } from '../../../src/contracts/accessReview.js';
import type { AdherenceAudit } from '../../../src/contracts/governance.js';
import { chainNext } from '../../../src/domain/governance/auditChain/chainLink.js';
import type { GovernanceStore } from '../../../src/ports/governanceStore.js';
import { bareRuntime } from '../../sandbox/forge/helpers.js';

type Runtime = ReturnType<typeof bareRuntime>;
let runtime: Runtime | null = null;
afterEach(() => {
  runtime?.close();
  runtime = null;
});

const figure = { incidents: 0, adherentIncidents: 0, checks: 0, metChecks: 0, adherencePercent: null };
const anAudit = (period: string, revision: number, o: Partial<AdherenceAudit> = {}): AdherenceAudit => ({
  schema: 1, period, from: `${period}-01T00:00:00.000Z`, to: `${period}-28T00:00:00.000Z`, ranAt: '2026-12-01T06:00:00.000Z', ranBy: 'app', revision,
  incidentsAudited: 0, skipped: [], truncated: false, summary: { total: figure, byPolicy: {}, byService: {}, byRule: {} }, deviations: [],
  status: 'open', signedOff: null, escalatedAt: null, ...o,
});

const anAccessReview = (quarter: string, revision: number, o: Partial<AccessReview> = {}): AccessReview => ({
  schema: 1, quarter, from: '2026-10-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z', openedAt: '2027-01-01T06:00:00.000Z', openedBy: 'app', revision,
  reviewer: null, assignedBy: null, assignedAt: null, entriesReviewed: 0, truncated: false, findings: [], status: 'open', completed: null, escalatedAt: null, ...o,
});

describe.each<[string, () => GovernanceStore]>([
  ['MemoryGovernanceStore', () => new MemoryGovernanceStore()],
  ['KvsGovernanceStore on @forge/kvs', () => { runtime = bareRuntime(); return new KvsGovernanceStore(); }],
])('GovernanceStore contract: %s', (_name, make) => {
  it('saves an audit only from the revision before it, so two auditors cannot both win', async () => {
    const s = make();
    expect(await s.getAudit('2026-11')).toBeNull();
    expect(await s.saveAudit(anAudit('2026-11', 2))).toEqual({ saved: false, currentRevision: 0 });
    expect(await s.saveAudit(anAudit('2026-11', 1))).toEqual({ saved: true });
    expect(await s.saveAudit(anAudit('2026-11', 2, { status: 'signedOff' }))).toEqual({ saved: true });
    expect(await s.saveAudit(anAudit('2026-11', 2, { ranBy: 'late' }))).toEqual({ saved: false, currentRevision: 2 });
    expect(await s.getAudit('2026-11')).toMatchObject({ revision: 2, status: 'signedOff' });
    await s.saveAudit(anAudit('2026-10', 1));
    expect((await s.listAudits()).map((a) => a.period)).toEqual(['2026-11', '2026-10']);
  });

  it('saves an access review only from the revision before it, and lists reviews newest quarter first', async () => {
    const s = make();
    expect(await s.getAccessReview('2026-Q4')).toBeNull();
    expect(await s.saveAccessReview(anAccessReview('2026-Q4', 2))).toEqual({ saved: false, currentRevision: 0 });
    expect(await s.saveAccessReview(anAccessReview('2026-Q4', 1))).toEqual({ saved: true });
    expect(await s.saveAccessReview(anAccessReview('2026-Q4', 2, { reviewer: 'auditor-aud' }))).toEqual({ saved: true });
    expect(await s.saveAccessReview(anAccessReview('2026-Q4', 2, { reviewer: 'late-lou' }))).toEqual({ saved: false, currentRevision: 2 });
    expect(await s.getAccessReview('2026-Q4')).toMatchObject({ revision: 2, reviewer: 'auditor-aud' });
    await s.saveAccessReview(anAccessReview('2026-Q3', 1));
    expect((await s.listAccessReviews()).map((r) => r.quarter)).toEqual(['2026-Q4', '2026-Q3']);
  });

  it('keeps one trail entry per place and moves the head only forward', async () => {
    const s = make();
    expect(await s.trailHead()).toEqual({ seq: 0, hash: '0'.repeat(64) });
    const e1 = chainNext(null, '2026-12-01T09:00:00.000Z', 'k', { a: 1 });
    const e2 = chainNext(e1, '2026-12-01T09:00:01.000Z', 'k', { a: 2 });
    expect(await s.putTrailEntry(e1)).toBe(true);
    expect(await s.putTrailEntry({ ...e1, payload: { a: 'other' } })).toBe(false);
    expect(await s.putTrailEntry(e2)).toBe(true);
    await s.advanceTrailHead({ seq: 2, hash: e2.hash });
    await s.advanceTrailHead({ seq: 1, hash: e1.hash });
    expect(await s.trailHead()).toEqual({ seq: 2, hash: e2.hash });
    expect(await s.getTrailEntry(1)).toEqual(e1);
    expect(await s.listTrail(1, 10)).toEqual([e1, e2]);
    expect(await s.listTrail(2, 1)).toEqual([e2]);
  });
});

describe.each<[string, () => GovernanceStore]>([
  ['MemoryGovernanceStore', () => new MemoryGovernanceStore()],
  ['KvsGovernanceStore on @forge/kvs', () => { runtime = bareRuntime(); return new KvsGovernanceStore(); }],
])('GovernanceStore contract, custom controls: %s', (_name, make) => {
  const record = (revision: number, title = 'Monthly drills') => ({
    schema: 1 as const, revision, savedBy: 'admin-ada', savedAt: '2026-12-03T09:00:00.000Z', reason: 'ops standard', deleted: false,
    control: { id: 'custom-drills', framework: 'Internal' as const, reference: '4.2', title, description: 'Drill the payments path monthly.', checks: [{ kind: 'drillsHeld' as const, minDrills: 1, windowMonths: 1 }] },
  });
  it('saves a control only from the revision before it, and lists the current revisions', async () => {
    const s = make();
    expect(await s.getCustomControl('custom-drills')).toBeNull();
    expect(await s.saveCustomControl(record(2))).toEqual({ saved: false, currentRevision: 0 });
    expect(await s.saveCustomControl(record(1))).toEqual({ saved: true });
    expect(await s.saveCustomControl(record(2, 'Drills'))).toEqual({ saved: true });
    expect(await s.saveCustomControl(record(2, 'Late'))).toEqual({ saved: false, currentRevision: 2 });
    expect(await s.getCustomControl('custom-drills')).toMatchObject({ revision: 2, control: { title: 'Drills' } });
    expect(await s.listCustomControls()).toEqual({ controls: [record(2, 'Drills')], quarantined: [] });
  });
});
