import { checkHeartbeat } from '../../../../src/app/alerts/heartbeats/checkHeartbeat.js';
import { sweepHeartbeats } from '../../../../src/app/alerts/heartbeats/sweepHeartbeats.js';
import { listHeartbeats, rotateHeartbeatSecret, updateHeartbeat } from '../../../../src/app/alerts/heartbeats/admin/heartbeatAdmin.js';
import { DRILL_LABEL } from '../../../../src/contracts/drills.js';
import { ADMIN } from '../../../support/appHarness.js';
import { T0 } from '../../../support/builders.js';
import { heartbeatHarness } from './heartbeatHarness.js';

const at = (iso: string) => Date.parse(iso);
const MIN = 60_000;

describe('a heartbeat (every 60 min, 10 min grace, through am-prod)', () => {
  it('accepts a ping with its bearer secret, moves the deadline on and arms one exact timer', async () => {
    const h = await heartbeatHarness();
    expect(h.view.url).toBe('https://ingest.example.test/x1/alert-ingest?heartbeat=nightly-backup');
    h.queue.heartbeatTimers.length = 0;
    h.clock.set(at('2026-11-27T09:30:00Z'));
    const r = await h.ping();
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ status: 'accepted', heartbeat: 'nightly-backup', nextDeadline: '2026-11-27T10:40:00.000Z' });
    // 70 minutes away: the first timer waits Forge's longest delay, then re-arms.
    expect(h.queue.heartbeatTimers).toEqual([{ heartbeatId: 'nightly-backup', delaySeconds: 900, dueAtMs: at('2026-11-27T09:45:00Z') }]);
    h.clock.advance(1);
    await h.ping();
    expect(h.queue.heartbeatTimers).toHaveLength(1);
    expect(await h.heartbeats.getState('nightly-backup')).toMatchObject({ status: 'up', pings: 2, lastPingAt: '2026-11-27T09:31:00.000Z', deadlineAt: '2026-11-27T10:41:00.000Z' });
  });

  it.each([
    ['no credentials', { headers: {} }, 401],
    ['a wrong secret', { headers: { Authorization: ['Bearer not-the-secret-at-all-0123456789'] } }, 403],
    ['an unknown heartbeat', { id: 'nope' }, 404],
    ['a DELETE', { method: 'DELETE' }, 405],
  ])('refuses %s with %i and records no ping', async (_what, opts, status) => {
    const h = await heartbeatHarness();
    expect((await h.ping(opts)).status).toBe(status);
    expect((await h.heartbeats.getState('nightly-backup'))?.pings).toBe(0);
  });

  it('accepts the secret as &token= for schedulers that can only call a URL, and a GET', async () => {
    const h = await heartbeatHarness();
    expect((await h.ping({ method: 'GET', headers: {}, query: { token: [h.secret] } })).status).toBe(202);
  });

  it('refuses pings to a disabled heartbeat with 404, and never misses it', async () => {
    const h = await heartbeatHarness({ enabled: false });
    expect((await h.ping()).status).toBe(404);
    h.clock.advance(180);
    expect(await checkHeartbeat(h.deps, 'nightly-backup')).toEqual({ id: 'nightly-backup', outcome: 'disabled' });
  });

  it('keeps the rotated-out secret working during its overlap', async () => {
    const h = await heartbeatHarness();
    const { secret } = await rotateHeartbeatSecret(h.deps, ADMIN, 'nightly-backup', 'moving the job');
    expect((await h.ping()).status).toBe(202);
    expect((await h.ping({ headers: { Authorization: [`Bearer ${secret}`] } })).status).toBe(202);
  });

  it('opens an incident through the integration pipeline when the exact timer finds the deadline passed, within the minute', async () => {
    const h = await heartbeatHarness();
    await h.ping();
    // The chained timers: 09:15, 09:30, ... each re-arming until the deadline at 10:10.
    for (let m = 0; m < 71; m++) {
      h.clock.advance(1);
      await h.fireDueTimers();
    }
    expect(h.clock.now()).toBe(at('2026-11-27T10:11:00Z'));
    expect(h.host.created).toHaveLength(1);
    const incident = h.host.created[0]!;
    expect(incident.input).toMatchObject({ projectKey: 'ITOPS', summary: '[ERROR] Heartbeat "Nightly backup job" missed: no ping since 2026-11-27T09:00:00.000Z (expected every 60 min with 10 min grace)' });
    expect(incident.input.labels).toContain('alert-am-prod');
    const state = await h.heartbeats.getState('nightly-backup');
    expect(state).toMatchObject({ status: 'missed', missedAt: '2026-11-27T10:10:00.000Z', incidentKey: incident.key });
    // The delivery log of the integration shows it, like any alert.
    expect((await h.alerts.listDeliveries('am-prod', 5))[0]).toMatchObject({ outcome: 'accepted', dedupKey: 'heartbeat:nightly-backup', incidentKey: incident.key });
    // The miss was found by the timer due at 10:10, not later.
    expect(Date.parse(state!.missedAt!)).toBe(T0 + 70 * MIN);
  });

  it('opens one incident however many invocations see the same missed deadline', async () => {
    const h = await heartbeatHarness();
    h.clock.advance(71);
    const [a, b] = await Promise.all([checkHeartbeat(h.deps, 'nightly-backup'), checkHeartbeat(h.deps, 'nightly-backup'), sweepHeartbeats(h.deps)]);
    expect(h.host.created).toHaveLength(1);
    expect([a.outcome, b.outcome].sort()).toEqual(['claimedElsewhere', 'missed']);
    expect(await checkHeartbeat(h.deps, 'nightly-backup')).toEqual({ id: 'nightly-backup', outcome: 'alreadyMissed' });
  });

  it('is caught by the sweep when its timer was lost', async () => {
    const h = await heartbeatHarness();
    h.queue.heartbeatTimers.length = 0;
    h.clock.advance(75);
    const sweep = await sweepHeartbeats(h.deps);
    expect(sweep).toMatchObject({ checked: 1, failed: [], missed: [{ id: 'nightly-backup', outcome: 'missed', incidentKey: h.host.created[0]!.key }] });
  });

  it('resolves the incident when pings resume, and goes back to up', async () => {
    const h = await heartbeatHarness();
    h.clock.advance(71);
    await checkHeartbeat(h.deps, 'nightly-backup');
    const key = h.host.created[0]!.key;
    h.clock.advance(20);
    const r = await h.ping();
    expect(r.status).toBe(202);
    expect(String(r.body['reason'])).toMatch(new RegExp(`resumed; annotated ${key} and resolved it`));
    expect(h.host.actions).toContain(`${key} transition Resolve`);
    expect(h.host.comments.some((c) => c.key === key && /Alert resolved at .*Heartbeat "Nightly backup job" resumed/.test(c.body))).toBe(true);
    expect(await h.heartbeats.getState('nightly-backup')).toMatchObject({ status: 'up', incidentKey: null, lastIncidentKey: key });
    // A later miss opens a new incident: the resolved one freed its dedup key.
    h.clock.advance(71);
    await checkHeartbeat(h.deps, 'nightly-backup');
    expect(h.host.created).toHaveLength(2);
  });

  it('a heartbeat marked as a drill opens a drill: labelled, recorded before its first page, pages marked [DRILL]; resuming ends it', async () => {
    const h = await heartbeatHarness({ drill: true });
    h.clock.advance(71);
    await checkHeartbeat(h.deps, 'nightly-backup');
    const key = h.host.created[0]!.key;
    expect(h.host.created[0]!.input.labels).toContain(DRILL_LABEL);
    expect(h.host.created[0]!.input.summary).toMatch(/^\[DRILL\] /);
    expect(await h.drills.getDrill(key)).toMatchObject({ status: 'running', policyId: 'default', startedBy: 'heartbeat:nightly-backup' });
    await h.runEvaluations();
    expect(h.notifier.outbox.map((m) => [m.incidentKey, m.subject.slice(0, 7), m.targets])).toEqual([[key, '[DRILL]', [{ type: 'user', accountId: 'agent-ana' }]]]);
    h.clock.advance(5);
    await h.ping();
    expect(await h.drills.getDrill(key)).toMatchObject({ status: 'ended', endReason: 'stopped', endedBy: 'heartbeat:nightly-backup' });
    expect(h.host.resolvedAs.get(key)).toBe('Drill');
  });

  it('shows admins its state, last ping and the incident a miss opened', async () => {
    const h = await heartbeatHarness();
    h.clock.advance(65);
    expect((await listHeartbeats(h.deps, ADMIN))[0]).toMatchObject({ health: 'late', lastPingAt: null, integrationName: 'Prometheus prod' });
    h.clock.advance(6);
    await checkHeartbeat(h.deps, 'nightly-backup');
    expect((await listHeartbeats(h.deps, ADMIN))[0]).toMatchObject({ health: 'missed', incidentKey: h.host.created[0]!.key });
  });

  it('applies a new interval to the current wait at once', async () => {
    const h = await heartbeatHarness();
    await h.ping();
    await updateHeartbeat(h.deps, ADMIN, { heartbeat: { ...h.view.heartbeat, intervalMinutes: 1440, graceMinutes: 60 }, reason: 'it is a daily job' });
    expect((await h.heartbeats.getState('nightly-backup'))!.deadlineAt).toBe('2026-11-28T10:00:00.000Z');
  });
});
