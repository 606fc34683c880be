import { KvsRecurrenceStore } from '../../../src/adapters/forge/kvsRecurrenceStore.js';
import { MemoryRecurrenceStore } from '../../../src/adapters/memory/memoryRecurrenceStore.js';
import { defaultRecurrenceSettings, type RecurrenceMember } from '../../../src/contracts/recurrence.js';
import type { RecurrenceStore } from '../../../src/ports/recurrenceStore.js';
import { T0 } from '../../support/builders.js';
import { bareRuntime } from '../../sandbox/forge/helpers.js';

type Runtime = ReturnType<typeof bareRuntime>;
let runtime: Runtime | null = null;
afterEach(() => {
  runtime?.close();
  runtime = null;
});

const aMember = (incidentKey: string, scope: string, o: Partial<RecurrenceMember> = {}): RecurrenceMember => ({
  schema: 1, incidentKey, clusterId: incidentKey, scope, summary: 'Gateway timeouts', at: new Date(T0).toISOString(),
  fingerprint: null, causeCategory: null, matchedBy: null, matchedWith: null, ...o,
});

/** The in-memory twin must behave like the KVS store, which runs through the real @forge/kvs here. */
describe.each<[string, () => RecurrenceStore]>([
  ['MemoryRecurrenceStore', () => new MemoryRecurrenceStore()],
  ['KvsRecurrenceStore on @forge/kvs', () => { runtime = bareRuntime(); return new KvsRecurrenceStore(); }],
])('RecurrenceStore contract: %s', (_name, make) => {
  it('keeps settings', async () => {
    const s = make();
    expect(await s.getSettings()).toBeNull();
    await s.saveSettings({ ...defaultRecurrenceSettings, threshold: 4 });
    expect(await s.getSettings()).toMatchObject({ threshold: 4 });
  });

  it('lists members by scope (names with any characters) or all, one record per incident', async () => {
    const s = make();
    await s.saveMember(aMember('ITOPS-1', 'Mainframe billing'));
    await s.saveMember(aMember('ITOPS-2', 'Mainframe billing', { clusterId: 'ITOPS-1', matchedBy: 'summary', matchedWith: 'ITOPS-1' }));
    await s.saveMember(aMember('ITOPS-3', 'component:Payments/API'));
    await s.saveMember(aMember('ITOPS-2', 'Mainframe billing', { clusterId: 'ITOPS-1', matchedBy: 'fingerprint', matchedWith: 'ITOPS-1' }));
    const billing = (await s.listMembers('Mainframe billing')).members.map((m) => [m.incidentKey, m.matchedBy]).sort();
    expect(billing).toEqual([['ITOPS-1', null], ['ITOPS-2', 'fingerprint']]);
    expect((await s.listMembers()).members.map((m) => m.incidentKey).sort()).toEqual(['ITOPS-1', 'ITOPS-2', 'ITOPS-3']);
    expect(await s.getMember('ITOPS-3', 'component:Payments/API')).toMatchObject({ scope: 'component:Payments/API' });
    expect(await s.getMember('ITOPS-3', 'Mainframe billing')).toBeNull();
  });

  it('keeps a problem per cluster and maps its issue back to the cluster', async () => {
    const s = make();
    expect(await s.getProblem('ITOPS-1')).toBeNull();
    await s.saveProblem({ schema: 1, clusterId: 'ITOPS-1', scope: 'Payments', issueKey: 'ITOPS-90', openedAt: new Date(T0).toISOString(), linked: ['ITOPS-1'] });
    await s.saveProblem({ schema: 1, clusterId: 'ITOPS-1', scope: 'Payments', issueKey: 'ITOPS-90', openedAt: new Date(T0).toISOString(), linked: ['ITOPS-1', 'ITOPS-2'] });
    expect((await s.getProblem('ITOPS-1'))?.linked).toEqual(['ITOPS-1', 'ITOPS-2']);
    expect((await s.listProblems()).map((p) => p.issueKey)).toEqual(['ITOPS-90']);
    expect(await s.clusterOfProblemIssue('ITOPS-90')).toBe('ITOPS-1');
    expect(await s.clusterOfProblemIssue('ITOPS-91')).toBeNull();
  });
});
