import { MemoryIncidentStateStore } from '../../../src/adapters/memory/memoryIncidentStateStore.js';
import { AppOwnedIncidentHost } from '../../../src/app/integrity/appOwnedIncidentHost.js';
import { recordsNeedingAttention } from '../../../src/app/integrity/recordsNeedingAttention.js';
import { sweep } from '../../../src/app/escalation/sweep.js';
import { readIncidentComms, writeIncidentComms } from '../../../src/app/comms/state/incidentCommsRecord.js';
import { initialEscalationState } from '../../../src/contracts/escalationState.js';
import { emptyIncidentComms } from '../../../src/contracts/incidentComms.js';
import { StateConflictError } from '../../../src/ports/incidentStateStore.js';
import { ADMIN, AGENT, appHarness } from '../../support/appHarness.js';
import { aState, anIncident, slaAt, T0 } from '../../support/builders.js';

const DAY = 86_400_000;
const active = aState({ status: 'active', policyId: 'default', policyVersion: 1, path: 'technical', level: 1, episode: 1, since: new Date(T0).toISOString() });

async function harness() {
  const h = await appHarness();
  const states = new MemoryIncidentStateStore();
  const owned = () => new AppOwnedIncidentHost(h.host, { states, store: h.store, clock: h.clock });
  const host = owned();
  // `jira` is the in-memory Jira underneath: its `states` are the issues' `escalation` property.
  return { ...h, jira: h.host, states, host, owned, deps: { ...h.deps, host, incidentState: states } };
}

describe('AppOwnedIncidentHost: app storage holds the state, the issue property mirrors it', () => {
  it('adopts state found only in the property of an issue older than app storage, once, with an event', async () => {
    const h = await harness();
    await h.states.adoptionCutoff(T0);
    const old = anIncident({ key: 'ITOPS-1', created: new Date(T0 - DAY).toISOString() });
    h.jira.put(old, active);
    expect((await h.host.getIncident('ITOPS-1'))?.state).toEqual(active);
    expect(await h.states.read('ITOPS-1')).toMatchObject({ kind: 'ok', state: { escalation: active, version: 1 } });
    await h.host.getIncident('ITOPS-1');
    expect((await h.store.listEvents('ITOPS-1')).map((e) => [e.type, e.detail])).toEqual([
      ['stateAdopted', expect.stringContaining('adopted from issue property')],
    ]);
  });

  it('puts a tampered property back, logs a bypass attempt, and never takes it as state', async () => {
    const h = await harness();
    const jira = h.jira;
    jira.put(anIncident({ key: 'ITOPS-1', created: new Date(T0 - DAY).toISOString() }), active);
    await h.host.getIncident('ITOPS-1');
    h.clock.advance(10);
    jira.states.set('ITOPS-1', { ...active, status: 'acknowledged', acknowledgedBy: AGENT.accountId });
    const read = await h.owned().getIncident('ITOPS-1');
    expect(read?.state).toEqual(active);
    expect(jira.states.get('ITOPS-1')).toEqual(active);
    expect(await h.store.listAccessLog(10)).toEqual([expect.objectContaining({
      action: 'bypassAttempt:escalation', issueKey: 'ITOPS-1', allowed: false, reason: expect.stringContaining('says acknowledged at level 1 (acknowledged by agent-ana)'),
    })]);
    const attention = await recordsNeedingAttention(h.deps, ADMIN);
    expect(attention.records).toEqual([expect.objectContaining({ issueKey: 'ITOPS-1', kind: 'bypassAttempt', property: 'escalation' })]);
    // Read again: the property matches now, so nothing more is logged.
    await h.owned().getIncident('ITOPS-1');
    expect(await h.store.listAccessLog(10)).toHaveLength(1);
  });

  it('treats a property on an issue created after app storage began as a bypass, not as state to adopt', async () => {
    const h = await harness();
    const jira = h.jira;
    jira.put(anIncident({ key: 'ITOPS-1' }));
    await h.host.getIncident('ITOPS-1'); // fixes the cutoff at T0
    h.clock.advance(5);
    jira.put(anIncident({ key: 'ITOPS-2', created: new Date(T0 + 60_000).toISOString() }), { ...active, status: 'resolved' });
    // Not "resolved": never escalated, and due now, so the sweep evaluates it.
    const due = { ...initialEscalationState, nextEvaluationEpochMs: h.clock.now() };
    expect((await h.owned().getIncident('ITOPS-2'))?.state).toEqual(due);
    expect(jira.states.get('ITOPS-2')).toEqual(due);
    expect((await h.store.listAccessLog(10)).map((e) => e.action)).toEqual(['bypassAttempt:escalation']);
  });

  it('escalates an issue older than app storage whose property cannot be read, from the start, instead of skipping it', async () => {
    const h = await harness();
    await h.states.adoptionCutoff(T0);
    // 200 of 240 minutes used: past the default policy's SLA threshold, so an evaluation pages.
    h.jira.put(anIncident({ key: 'ITOPS-1', created: new Date(T0 - DAY).toISOString(), slas: [slaAt(200)] }));
    h.jira.propertyErrors.set('ITOPS-1', 'ITOPS-1: the escalation property is invalid at level: Expected number, received string');
    const read = await h.host.getIncident('ITOPS-1');
    // App storage takes it over as never escalated and due now; the mirror says the same.
    const due = { ...initialEscalationState, nextEvaluationEpochMs: T0 };
    expect(read?.state).toEqual(due);
    expect(await h.states.read('ITOPS-1')).toMatchObject({ kind: 'ok', state: { escalation: due } });
    expect(h.jira.states.get('ITOPS-1')).toEqual(due);
    expect(h.jira.propertyErrors.has('ITOPS-1')).toBe(false);
    expect((await h.store.listAccessLog(10)).map((e) => [e.action, e.issueKey])).toEqual([['bypassAttempt:escalation', 'ITOPS-1']]);
    // The sweep takes it like any new incident: no quarantine, nothing failed.
    const report = await sweep(h.deps, { remainingMs: () => 60_000 });
    expect(report).toMatchObject({ evaluated: 1, failed: [] });
    expect(await h.states.read('ITOPS-1')).toMatchObject({ kind: 'ok', state: { escalation: { status: 'active', level: 1 } } });
    expect((await recordsNeedingAttention(h.deps, ADMIN)).records.map((r) => r.kind)).toEqual(['bypassAttempt']);
  });

  it('quarantines only the record whose app state does not parse; the sweep goes on and reports it', async () => {
    const h = await harness();
    const jira = h.jira;
    for (const key of ['ITOPS-1', 'ITOPS-2', 'ITOPS-3']) jira.put(anIncident({ key }));
    h.states.raw.set('ITOPS-2', { issueKey: 'ITOPS-2', version: 3, escalation: { status: 'active', level: 'x' } });
    const page = await h.host.search({ kind: 'keys', keys: ['ITOPS-1', 'ITOPS-2', 'ITOPS-3'] }, null);
    expect(page.records.map((r) => r.incident.key)).toEqual(['ITOPS-1', 'ITOPS-3']);
    expect(page.unreadable).toEqual([{ key: 'ITOPS-2', error: expect.stringMatching(/^ITOPS-2: the app's stored state is invalid at /) }]);
    await h.store.saveCheckpoint({ cutoffMs: T0, pendingKeys: ['ITOPS-2', 'ITOPS-3'], startedAt: T0 });
    const report = await sweep(h.deps, { remainingMs: () => 60_000 });
    expect(report.failed).toEqual([{ key: 'ITOPS-2', error: expect.stringMatching(/^quarantined: ITOPS-2: /) }]);
    // Reported, then dropped: the checkpoint no longer carries it into later sweeps.
    expect(await h.store.getCheckpoint()).toBeNull();
    expect((await recordsNeedingAttention(h.deps, ADMIN)).records).toEqual([expect.objectContaining({ issueKey: 'ITOPS-2', kind: 'quarantined' })]);
  });

  it('refuses a write built on escalation state another invocation changed meanwhile', async () => {
    const h = await harness();
    h.jira.put(anIncident({ key: 'ITOPS-1' }));
    const a = h.owned();
    const b = h.owned();
    await a.getIncident('ITOPS-1');
    await b.getIncident('ITOPS-1');
    await b.writeState('ITOPS-1', { ...active, status: 'acknowledged', acknowledgedBy: AGENT.accountId });
    await expect(a.writeState('ITOPS-1', { ...active, level: 2 })).rejects.toBeInstanceOf(StateConflictError);
    expect((await h.owned().getIncident('ITOPS-1'))?.state?.status).toBe('acknowledged');
  });

  it('keeps both of two concurrent comms changes: a lead named and a reminder sent', async () => {
    const h = await harness();
    h.jira.put(anIncident({ key: 'ITOPS-1' }));
    const a = h.owned();
    const b = h.owned();
    const ca = await readIncidentComms(a, 'ITOPS-1');
    const cb = await readIncidentComms(b, 'ITOPS-1');
    const lead = { accountId: 'lead-lee', designatedBy: ADMIN.accountId, at: new Date(T0).toISOString(), reason: 'knows the vendor' };
    const reminder = { dueAt: new Date(T0).toISOString(), remindedAt: new Date(T0).toISOString(), escalatedAt: null };
    await writeIncidentComms(a, 'ITOPS-1', ca, { ...ca, lead });
    await writeIncidentComms(b, 'ITOPS-1', cb, { ...cb, reminders: [reminder] });
    expect(await readIncidentComms(h.owned(), 'ITOPS-1')).toEqual({ ...emptyIncidentComms, lead, reminders: [reminder] });
  });

  it('finds a due incident from app storage when its property was deleted', async () => {
    const h = await harness();
    const jira = h.jira;
    jira.put(anIncident({ key: 'ITOPS-1' }));
    await h.host.getIncident('ITOPS-1');
    await h.host.writeState('ITOPS-1', { ...active, nextEvaluationEpochMs: T0 + 60_000 });
    jira.states.delete('ITOPS-1');
    h.clock.advance(5);
    const page = await h.owned().search({ kind: 'due', cutoffMs: h.clock.now(), projects: [], fallback: [] }, null);
    expect(page.records.map((r) => [r.incident.key, r.state?.status])).toEqual([['ITOPS-1', 'active']]);
    expect(jira.states.get('ITOPS-1')?.status).toBe('active');
  });
});
