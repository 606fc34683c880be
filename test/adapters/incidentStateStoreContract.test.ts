import { readFileSync } from 'node:fs';
import { kvs } from '@forge/kvs';
import { INCIDENT_STATE_ENTITY, KvsIncidentStateStore } from '../../src/adapters/forge/kvsIncidentStateStore.js';
import { MemoryIncidentStateStore } from '../../src/adapters/memory/memoryIncidentStateStore.js';
import { initialEscalationState, type EscalationState } from '../../src/contracts/escalationState.js';
import { emptyIncidentComms } from '../../src/contracts/incidentComms.js';
import type { AttentionRecord } from '../../src/contracts/incidentIntegrity.js';
import type { IncidentStateStore } from '../../src/ports/incidentStateStore.js';
import { T0 } from '../support/builders.js';
import { bareRuntime } from '../sandbox/forge/helpers.js';

type Runtime = ReturnType<typeof bareRuntime>;
let runtime: Runtime | null = null;
afterEach(() => {
  runtime?.close();
  runtime = null;
});

const active = (dueMs: number | null): EscalationState => ({ ...initialEscalationState, status: 'active', level: 1, episode: 1, nextEvaluationEpochMs: dueMs });
const doc = (dueMs: number | null) => ({ escalation: active(dueMs), comms: emptyIncidentComms });
const finding = (issueKey: string, at: number, reason = 'tampered'): AttentionRecord => ({
  issueKey, kind: 'bypassAttempt', property: 'escalation', reason, at: new Date(at).toISOString(), lastEditedBy: null, lastEditedAt: null,
});

/** Writes a raw value past the store, as a corrupted record or an older app version would be. */
type Corrupt = (key: string, value: unknown) => Promise<void>;

/**
 * One contract, two stores: the in-memory twin the use-case tests run on must behave like the
 * KVS custom entity Forge runs (here the real @forge/kvs on the sandbox emulator, with the
 * entity and its index declared by the app's own manifest.yml).
 */
describe.each<[string, () => { s: IncidentStateStore; corrupt: Corrupt }]>([
  ['MemoryIncidentStateStore', () => {
    const s = new MemoryIncidentStateStore();
    return { s, corrupt: async (k, v) => { s.raw.set(k, v); } };
  }],
  ['KvsIncidentStateStore on @forge/kvs', () => {
    runtime = bareRuntime(readFileSync('manifest.yml', 'utf8'));
    return { s: new KvsIncidentStateStore(), corrupt: (k, v) => kvs.entity(INCIDENT_STATE_ENTITY).set(k, v as Record<string, unknown>) };
  }],
])('IncidentStateStore contract: %s', (_name, make) => {
  it('reads absent before the first write, then the written state at version 1', async () => {
    const { s } = make();
    expect(await s.read('ITOPS-1')).toEqual({ kind: 'absent' });
    expect(await s.write('ITOPS-1', doc(T0), null, T0)).toEqual({ written: true, version: 1 });
    expect(await s.read('ITOPS-1')).toEqual({ kind: 'ok', state: { ...doc(T0), version: 1, updatedAt: new Date(T0).toISOString() } });
  });

  it('lets only one of two writers from the same version win', async () => {
    const { s } = make();
    await s.write('ITOPS-1', doc(T0), null, T0);
    expect(await s.write('ITOPS-1', doc(T0 + 1), 1, T0)).toEqual({ written: true, version: 2 });
    expect(await s.write('ITOPS-1', doc(T0 + 2), 1, T0)).toEqual({ written: false });
    expect(await s.write('ITOPS-1', doc(T0 + 3), null, T0)).toEqual({ written: false });
    const r = await s.read('ITOPS-1');
    expect(r.kind === 'ok' && r.state.escalation?.nextEvaluationEpochMs).toBe(T0 + 1);
  });

  it('reads many keys at once, absent ones as absent, a corrupt one as unreadable naming the field', async () => {
    const { s, corrupt } = make();
    await s.write('ITOPS-1', doc(T0), null, T0);
    await corrupt('ITOPS-2', { issueKey: 'ITOPS-2', version: 1, updatedAt: new Date(T0).toISOString(), escalation: { status: 'active', level: 'x' }, comms: null });
    const keys = Array.from({ length: 30 }, (_, i) => `ITOPS-${i + 1}`);
    const many = await s.readMany(keys);
    expect(many.size).toBe(30);
    expect(many.get('ITOPS-1')?.kind).toBe('ok');
    expect(many.get('ITOPS-2')).toEqual({ kind: 'unreadable', error: expect.stringMatching(/^ITOPS-2: the app's stored state is invalid at escalation\./) });
    expect(many.get('ITOPS-30')).toEqual({ kind: 'absent' });
  });

  it('finds due incidents earliest first from its own index, leaving out those with nothing due', async () => {
    const { s } = make();
    await s.write('ITOPS-1', doc(T0 + 5_000), null, T0);
    await s.write('ITOPS-2', doc(T0 + 1_000), null, T0);
    await s.write('ITOPS-3', doc(T0 + 60_000), null, T0);
    await s.write('ITOPS-4', doc(null), null, T0);
    expect(await s.dueKeys(T0 + 10_000, 100)).toEqual(['ITOPS-2', 'ITOPS-1']);
    expect(await s.dueKeys(T0 + 10_000, 1)).toEqual(['ITOPS-2']);
    // Moving the next evaluation moves the record in the index.
    await s.write('ITOPS-2', doc(null), 1, T0);
    expect(await s.dueKeys(T0 + 10_000, 100)).toEqual(['ITOPS-1']);
  });

  it('keeps one attention record per key, kind and reason, newest first, per incident or all', async () => {
    const { s } = make();
    await s.noteAttention(finding('ITOPS-1', T0));
    await s.noteAttention(finding('ITOPS-1', T0 + 10));
    await s.noteAttention(finding('ITOPS-12', T0 + 5, 'deleted'));
    expect((await s.listAttention(null, 10)).map((r) => [r.issueKey, r.at])).toEqual([
      ['ITOPS-1', new Date(T0 + 10).toISOString()], ['ITOPS-12', new Date(T0 + 5).toISOString()],
    ]);
    expect((await s.listAttention('ITOPS-1', 10)).map((r) => r.issueKey)).toEqual(['ITOPS-1']);
  });

  it('fixes the adoption cutoff at the first caller', async () => {
    const { s } = make();
    expect(await s.adoptionCutoff(T0)).toBe(T0);
    expect(await s.adoptionCutoff(T0 + 1_000)).toBe(T0);
  });
});
