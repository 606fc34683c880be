import { jest } from '@jest/globals';
import { kvs } from '@forge/kvs';
import { KvsHeartbeatStore } from '../../../src/adapters/forge/kvsHeartbeatStore.js';
import { MemoryHeartbeatStore } from '../../../src/adapters/memory/memoryHeartbeatStore.js';
import { HeartbeatSchema, type HeartbeatState } from '../../../src/contracts/heartbeat.js';
import type { HeartbeatStore } from '../../../src/ports/heartbeatStore.js';
import { bareRuntime } from '../../sandbox/forge/helpers.js';

let runtime: ReturnType<typeof bareRuntime> | null = null;
afterEach(() => { runtime?.close(); runtime = null; });

const beat = (id: string, name: string) => HeartbeatSchema.parse({ id, name, integrationId: 'prometheus', intervalMinutes: 60 });
const state = (id: string): HeartbeatState => ({
  schema: 1, id, status: 'up', lastPingAt: '2026-11-27T09:00:00.000Z', pings: 3, deadlineAt: '2026-11-27T10:10:00.000Z',
  timerDueAt: '2026-11-27T09:15:00.000Z', missedAt: null, incidentKey: null, lastIncidentKey: 'ITOPS-4',
});

/** The in-memory twin must behave like the KVS store Forge runs (here on the sandbox's KVS emulator). */
describe.each<[string, () => HeartbeatStore]>([
  ['MemoryHeartbeatStore', () => new MemoryHeartbeatStore()],
  ['KvsHeartbeatStore on @forge/kvs', () => { runtime = bareRuntime(); return new KvsHeartbeatStore(); }],
])('HeartbeatStore contract: %s', (_name, make) => {
  it('keeps heartbeats, their state and their secret apart, listed by name', async () => {
    const s = make();
    await s.saveHeartbeat(beat('nightly-backup', 'Nightly backup job'));
    await s.saveHeartbeat(beat('export', 'Hourly export'));
    await s.saveState(state('nightly-backup'));
    await s.saveSecret('nightly-backup', { current: 'a-secret-of-enough-length', previous: null, previousValidUntil: null });
    expect((await s.listHeartbeats()).map((h) => h.id)).toEqual(['export', 'nightly-backup']);
    expect(await s.getState('nightly-backup')).toEqual(state('nightly-backup'));
    expect(await s.getState('export')).toBeNull();
    expect((await s.getSecret('nightly-backup'))?.current).toBe('a-secret-of-enough-length');
  });

  it('deletes a heartbeat with its state and secret', async () => {
    const s = make();
    await s.saveHeartbeat(beat('nightly-backup', 'Nightly backup job'));
    await s.saveState(state('nightly-backup'));
    await s.saveSecret('nightly-backup', { current: 'a-secret-of-enough-length', previous: null, previousValidUntil: null });
    await s.deleteHeartbeat('nightly-backup');
    expect(await s.getHeartbeat('nightly-backup')).toBeNull();
    expect(await s.getState('nightly-backup')).toBeNull();
    expect(await s.getSecret('nightly-backup')).toBeNull();
  });
});

describe('KvsHeartbeatStore with a bad record', () => {
  it('leaves one unreadable heartbeat out of the list, never hiding the others', async () => {
    runtime = bareRuntime();
    const s = new KvsHeartbeatStore();
    await s.saveHeartbeat(beat('nightly-backup', 'Nightly backup job'));
    await kvs.set('heartbeat:broken', { id: 'broken', intervalMinutes: 'often' });
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    expect((await s.listHeartbeats()).map((h) => h.id)).toEqual(['nightly-backup']);
    expect(errors).toHaveBeenCalledTimes(1);
    errors.mockRestore();
  });
});
