import { acknowledge, escalateManually, standDown } from '../../../src/domain/escalation/commands.js';
import { decide } from '../../../src/domain/escalation/decide.js';
import { aConfig, aPolicy, anIncident, aState, at, slaAt } from '../../support/builders.js';

const config = aConfig();
const vp = { policy: aPolicy(), version: 1 };
const iso = (m: number) => new Date(at(m)).toISOString();
const active = () => decide(anIncident({ slas: [slaAt(180)] }), aState(), vp, at(0), config).state;

describe('escalateManually', () => {
  it('starts at the chosen path and level now, with the reason in the trace', () => {
    const r = escalateManually(anIncident(), aState(), vp, at(0), config, { actor: 'lead-lee', path: 'managerial', level: 2, reason: 'customer on the phone' });
    if (!r.ok) throw new Error(r.error);
    expect(r.decision.state).toMatchObject({ status: 'active', path: 'managerial', level: 2, triggerId: 'manual', episode: 1 });
    expect(r.decision.intents[0]).toMatchObject({ kind: 'page', targets: [{ type: 'user', accountId: 'director-dee' }], key: 'ITOPS-1/default@1/e1/managerial/L2/r0/page' });
    expect(r.decision.steps[0]).toMatchObject({ type: 'manualEscalation', level: 2, actor: 'lead-lee' });
  });

  test.each([
    [{ path: 'managerial' as const, level: 3, reason: 'x' }, 'level: the managerial path has 2 level(s); 3 does not exist'],
    [{ path: 'technical' as const, level: 0, reason: 'x' }, 'level: the technical path has 3 level(s); 0 does not exist'],
    [{ path: 'technical' as const, level: 1, reason: '  ' }, 'reason: a reason is required'],
  ])('refuses %o', (cmd, error) => {
    expect(escalateManually(anIncident(), aState(), vp, at(0), config, { actor: 'a', ...cmd })).toEqual({ ok: false, error });
  });

  it('refuses a resolved incident', () => {
    const r = escalateManually(anIncident({ statusCategory: 'done' }), aState(), vp, at(0), config, { actor: 'a', path: 'technical', level: 1, reason: 'x' });
    expect(r).toEqual({ ok: false, error: 'ITOPS-1 is resolved; reopen it to escalate' });
  });
});

describe('acknowledge', () => {
  it('stops the climb and records who and when', () => {
    const r = acknowledge('ITOPS-1', active(), vp, at(5), 'agent-ana');
    if (!r.ok) throw new Error(r.error);
    expect(r.decision.state).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'agent-ana', acknowledgedAt: iso(5), nextEvaluationAt: null });
    expect(r.decision.intents.map((i) => i.key)).toEqual(['ITOPS-1/default@1/e1/technical/L1/r0/ack-comment']);
  });

  it('notes a late acknowledgement', () => {
    const r = acknowledge('ITOPS-1', active(), vp, at(20), 'agent-ana');
    expect(r.ok && r.decision.steps[0]!.detail).toBe('Acknowledged (after the ack deadline)');
  });

  it('acknowledging twice changes nothing', () => {
    const once = acknowledge('ITOPS-1', active(), vp, at(5), 'agent-ana');
    if (!once.ok) throw new Error(once.error);
    const twice = acknowledge('ITOPS-1', once.decision.state, vp, at(6), 'lead-lee');
    expect(twice.ok && twice.decision.state).toEqual(once.decision.state);
    expect(twice.ok && twice.decision.intents).toEqual([]);
  });

  it('refuses when nothing is escalated', () => {
    expect(acknowledge('ITOPS-1', aState(), vp, at(0), 'a')).toEqual({ ok: false, error: 'ITOPS-1 has no active escalation to acknowledge' });
  });
});

describe('standDown', () => {
  it('ends the escalation and mutes the trigger that fired, so the next sweep does not restart it', () => {
    const r = standDown(anIncident({ slas: [slaAt(185)] }), active(), vp, at(5), config, 'lead-lee', 'false alarm, monitoring glitch');
    if (!r.ok) throw new Error(r.error);
    expect(r.decision.state).toMatchObject({ status: 'none', mutedTriggers: ['ttr-75'], standDown: { by: 'lead-lee', reason: 'false alarm, monitoring glitch' } });
    const next = decide(anIncident({ slas: [slaAt(200)] }), r.decision.state, vp, at(20), config);
    expect(next.state.status).toBe('none');
    expect(next.intents).toEqual([]);
  });

  it('another trigger can still start a new escalation after a stand-down', () => {
    const policy = aPolicy({ triggers: [{ id: 'ttr-75', type: 'slaPercent', metric: 'Time to resolution', percent: 75 }, { id: 'breach', type: 'slaBreached', metric: 'Time to resolution' }] });
    const v = { policy, version: 1 };
    const s = decide(anIncident({ slas: [slaAt(180)] }), aState(), v, at(0), config).state;
    const r = standDown(anIncident({ slas: [slaAt(185)] }), s, v, at(5), config, 'lead-lee', 'handled offline');
    if (!r.ok) throw new Error(r.error);
    expect(r.decision.state.nextEvaluationAt).toBe(iso(60));
    const later = decide(anIncident({ slas: [slaAt(245)] }), r.decision.state, v, at(65), config);
    expect(later.state).toMatchObject({ status: 'active', triggerId: 'breach', episode: 2 });
  });

  it('requires a reason', () => {
    expect(standDown(anIncident(), active(), vp, at(5), config, 'x', '')).toEqual({ ok: false, error: 'reason: a reason is required' });
  });
});
