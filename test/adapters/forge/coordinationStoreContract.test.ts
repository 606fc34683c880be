import { KvsCoordinationStore } from '../../../src/adapters/forge/kvsCoordinationStore.js';
import { MemoryCoordinationStore } from '../../../src/adapters/memory/memoryCoordinationStore.js';
import { emptyCoordination, type OlaOutcome } from '../../../src/contracts/coordination.js';
import type { ShiftHandoff } from '../../../src/contracts/shiftHandoff.js';
import type { CoordinationStore } from '../../../src/ports/coordinationStore.js';
import { bareRuntime } from '../../sandbox/forge/helpers.js';
import { aTeam } from '../../support/coordinationBuilders.js';

let runtime: ReturnType<typeof bareRuntime> | null = null;
afterEach(() => { runtime?.close(); runtime = null; });

/** The in-memory twin must behave like the KVS store Forge runs (here on the sandbox's KVS emulator). */
describe.each<[string, () => CoordinationStore]>([
  ['MemoryCoordinationStore', () => new MemoryCoordinationStore()],
  ['KvsCoordinationStore on @forge/kvs', () => { runtime = bareRuntime(); return new KvsCoordinationStore(); }],
])('CoordinationStore contract: %s', (_name, make) => {
  const stored = (version: number, name: string) => ({ version, team: aTeam('network', { name }), savedBy: 'admin-ada', savedAt: '2026-11-27T09:00:00.000Z', reason: `v${version}` });

  it('saves team versions once each: a second writer of the same version is told the current one', async () => {
    const s = make();
    expect(await s.saveTeamVersion(stored(1, 'Network'))).toEqual({ saved: true });
    expect(await s.saveTeamVersion(stored(2, 'Core network'))).toEqual({ saved: true });
    expect(await s.saveTeamVersion(stored(2, 'Racing edit'))).toEqual({ saved: false, currentVersion: 2 });
    expect((await s.getTeam('network'))?.team.name).toBe('Core network');
    expect((await s.listTeamVersions('network')).map((t) => t.version)).toEqual([2, 1]);
    expect((await s.listTeams()).teams.map((t) => t.team.id)).toEqual(['network']);
  });

  it('writes an incident\'s record revision by revision; a stale writer loses', async () => {
    const s = make();
    const r = emptyCoordination('ITOPS-7');
    expect(await s.saveRecord(r, 1)).toBe(true);
    expect(await s.saveRecord({ ...r, protocolIds: ['a'] }, 2)).toBe(true);
    expect(await s.saveRecord({ ...r, protocolIds: ['stale'] }, 2)).toBe(false);
    expect(await s.getRecord('ITOPS-7')).toEqual({ revision: 2, record: { ...r, protocolIds: ['a'] } });
  });

  it('writes a shift handover revision by revision; a stale writer loses', async () => {
    const s = make();
    const h: ShiftHandoff = { id: 'ops-primary@2026-11-28T09:00:00.000Z', scheduleId: 'ops-primary', scheduleName: 'Ops primary', shiftEndsAt: '2026-11-28T09:00:00.000Z',
      outgoing: 'agent-ana', incoming: 'lead-lee', incidents: ['ITOPS-1'], note: 'watch the DB', state: 'requested', requestedAt: '2026-11-28T08:00:00.000Z', acceptedAt: null, escalatedAt: null, escalatedTo: [] };
    expect(await s.saveShiftHandoff(h, 1)).toBe(true);
    expect(await s.saveShiftHandoff({ ...h, state: 'accepted', acceptedAt: '2026-11-28T08:30:00.000Z' }, 2)).toBe(true);
    expect(await s.saveShiftHandoff({ ...h, note: 'stale rewrite' }, 2)).toBe(false);
    expect(await s.getShiftHandoff(h.id)).toMatchObject({ revision: 2, handoff: { state: 'accepted', note: 'watch the DB' } });
    expect((await s.listShiftHandoffs()).map((x) => x.id)).toEqual([h.id]);
  });

  it('stores a shift handover whose schedule id holds characters KVS keys refuse, and finds nothing for an id never saved', async () => {
    const s = make();
    const id = 'Nuit ✓ / équipe 2@2026-11-28T09:00:00.000Z';
    const h: ShiftHandoff = { id, scheduleId: 'Nuit ✓ / équipe 2', scheduleName: 'Night', shiftEndsAt: '2026-11-28T09:00:00.000Z',
      outgoing: 'agent-ana', incoming: 'lead-lee', incidents: ['ITOPS-1'], note: 'n', state: 'requested', requestedAt: '2026-11-28T08:00:00.000Z', acceptedAt: null, escalatedAt: null, escalatedTo: [] };
    expect(await s.saveShiftHandoff(h, 1)).toBe(true);
    expect((await s.getShiftHandoff(id))?.handoff.id).toBe(id);
    expect(await s.getShiftHandoff('꧵')).toBeNull();
  });

  it('lists OLA outcomes whose clocks stopped in the period', async () => {
    const s = make();
    const o: OlaOutcome = { teamId: 'network', incidentKey: 'ITOPS-7', kind: 'engagement', startedAt: '2026-11-27T09:00:00.000Z', dueAt: '2026-11-27T09:10:00.000Z', stoppedAt: '2026-11-27T09:05:00.000Z', met: true, customerSlaBreached: false };
    await s.recordOutcome(o);
    await s.recordOutcome({ ...o, incidentKey: 'ITOPS-8', stoppedAt: '2026-12-02T09:05:00.000Z' });
    expect((await s.listOutcomes(Date.parse('2026-11-27T00:00:00Z'), Date.parse('2026-11-28T00:00:00Z'))).map((x) => x.incidentKey)).toEqual(['ITOPS-7']);
  });
});
