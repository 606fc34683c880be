import type { EscalationState } from '../../../src/contracts/escalationState.js';
import { decide } from '../../../src/domain/escalation/decide.js';
import type { Incident } from '../../../src/domain/incident/incident.js';
import { aConfig, aPolicy, anIncident, aState, at, slaAt } from '../../support/builders.js';

const config = aConfig();
const vp = { policy: aPolicy(), version: 3 };
const iso = (minutes: number) => new Date(at(minutes)).toISOString();
/** An incident whose 4h resolution SLA is `elapsed` minutes in at time `minutes`. */
const incidentAt = (elapsed: number, over: Partial<Incident> = {}) => anIncident({ slas: [slaAt(elapsed)], ...over });

/** Runs decide at T0+start with 75% elapsed, returning the started state. */
function started(over: Partial<Incident> = {}): EscalationState {
  return decide(incidentAt(180, over), aState(), vp, at(0), config).state;
}

describe('decide: starting', () => {
  it('does nothing before a trigger fires and predicts when one will', () => {
    const d = decide(incidentAt(120), aState(), vp, at(0), config);
    expect(d.state.status).toBe('none');
    expect(d.intents).toEqual([]);
    expect(d.state.nextEvaluationAt).toBe(iso(60));
    expect(d.state.nextEvaluationEpochMs).toBe(at(60));
    expect(d.trace).toContain(`No trigger fired yet; the earliest can fire at ${iso(60)}.`);
  });

  it('starts on the technical path at level 1 when the SLA trigger fires, with keyed intents', () => {
    const d = decide(incidentAt(180), aState(), vp, at(0), config);
    expect(d.state).toMatchObject({ status: 'active', path: 'technical', level: 1, loop: 0, episode: 1, policyId: 'default',
      policyVersion: 3, since: iso(0), ackDueAt: iso(15), nextEvaluationAt: iso(30), triggerId: 'ttr-75', priority: 'P4' });
    expect(d.intents.map((i) => `${i.kind} ${i.key}`)).toEqual([
      'page ITOPS-1/default@3/e1/technical/L1/r0/page',
      'assign ITOPS-1/default@3/e1/technical/L1/r0/0:assign',
      'addLabel ITOPS-1/default@3/e1/technical/L1/r0/1:addLabel',
      'comment ITOPS-1/default@3/e1/technical/L1/r0/step-comment',
    ]);
    expect(d.intents[1]).toMatchObject({ kind: 'assign', accountId: 'agent-ana' });
    expect(d.trace).toContain('Trigger "ttr-75": "Time to resolution" is 75.0% elapsed (3h of 4h); threshold 75% — fired.');
    expect(d.steps.map((s) => s.type)).toEqual(['triggered', 'paged']);
  });

  it('is deterministic: the same inputs give the same decision', () => {
    const a = decide(incidentAt(180), aState(), vp, at(0), config);
    const b = decide(incidentAt(180), aState(), vp, at(0), config);
    expect(b).toEqual(a);
  });

  it('a repeated run at the same time does not repeat any action', () => {
    const first = decide(incidentAt(180), aState(), vp, at(0), config);
    const again = decide(incidentAt(180), first.state, vp, at(0), config);
    expect(again.intents).toEqual([]);
    expect(again.state).toEqual(first.state);
  });

  test.each([
    ['Extensive / Widespread', 'Critical', 'P1', 'executive', 'director-dee'],
    ['Significant / Large', 'High', 'P2', 'managerial', 'manager-max'],
    ['Moderate / Limited', 'Medium', 'P4', 'technical', 'agent-ana'],
  ])('impact %s × urgency %s is %s and takes the %s path', (impact, urgency, priority, path, firstTarget) => {
    const d = decide(incidentAt(180, { impact, urgency }), aState(), vp, at(0), config);
    expect(d.state).toMatchObject({ priority, path });
    expect(d.intents[0]).toMatchObject({ kind: 'page', targets: [{ type: 'user', accountId: firstTarget }] });
  });

  it('a mission-critical service tightens the threshold and raises the priority floor', () => {
    const d = decide(incidentAt(90, { service: 'Payments', components: ['Payments'] }), aState(), vp, at(0), config);
    expect(d.state).toMatchObject({ status: 'active', priority: 'P2', path: 'managerial' });
    expect(d.trace.some((l) => l.includes('threshold 37.5% (tightened ×0.5 by service criticality)'))).toBe(true);
  });

  it('ignores incidents outside the policy scope', () => {
    const d = decide(incidentAt(200, { projectKey: 'HR' }), aState(), vp, at(0), config);
    expect(d.state.status).toBe('none');
    expect(d.trace[0]).toBe('Out of scope: project HR is not in the policy\'s scope.');
  });
});

describe('decide: climbing', () => {
  test.each<[string, number, Partial<EscalationState>, string[]]>([
    ['waits while level 1 has time', 10, { level: 1, nextEvaluationAt: iso(30) }, []],
    ['at the ack deadline with no repeats, still waits for the next level\'s delay', 15, { level: 1 }, []],
    ['pages level 2 after its 30-minute delay', 30, { level: 2, ackDueAt: iso(45), nextEvaluationAt: iso(60) }, ['page', 'comment']],
    ['a late sweep catches up level 2 and level 3 at their own due times', 70, { level: 3, levelFiredAt: iso(60), ackDueAt: iso(75), nextEvaluationAt: iso(75) },
      ['page', 'comment', 'page', 'comment']],
  ])('%s', (_name, minutes, expected, kinds) => {
    const d = decide(incidentAt(180 + minutes), started(), vp, at(minutes), config);
    expect(d.state).toMatchObject(expected);
    expect(d.intents.map((i) => i.kind)).toEqual(kinds);
  });

  it('marks the escalation exhausted after the last level', () => {
    const d = decide(incidentAt(400), started(), vp, at(200), config);
    expect(d.state).toMatchObject({ level: 3, exhausted: true, nextEvaluationAt: null });
    expect(d.steps.map((s) => s.type)).toEqual(['levelChanged', 'levelChanged', 'exhausted']);
    expect(d.steps.map((s) => s.at)).toEqual([iso(30), iso(60), iso(75)]);
  });

  it('repeats an unacknowledged page every ack timeout, up to the repeat count', () => {
    const base = aPolicy();
    const policy = aPolicy({ paths: { ...base.paths, technical: { levels: [{ ...base.paths.technical.levels[0]!, repeat: 2 }, { ...base.paths.technical.levels[1]!, delayMinutes: 45 }] } } });
    const s0 = decide(incidentAt(180), aState(), { policy, version: 1 }, at(0), config).state;
    const d = decide(incidentAt(215), s0, { policy, version: 1 }, at(35), config);
    expect(d.steps.map((s) => [s.type, s.loop, s.at])).toEqual([['repeated', 1, iso(15)], ['repeated', 2, iso(30)]]);
    expect(d.intents.filter((i) => i.kind === 'page').map((i) => i.key)).toEqual([
      'ITOPS-1/default@1/e1/technical/L1/r1/page', 'ITOPS-1/default@1/e1/technical/L1/r2/page']);
    expect(d.state.nextEvaluationAt).toBe(iso(45));
  });

  it('an acknowledged escalation does not climb', () => {
    const acked = { ...started(), status: 'acknowledged' as const, acknowledgedBy: 'agent-ana', acknowledgedAt: iso(5) };
    const d = decide(incidentAt(300), acked, vp, at(120), config);
    expect(d.state).toMatchObject({ status: 'acknowledged', level: 1, nextEvaluationAt: null });
    expect(d.intents).toEqual([]);
  });

  it('resolution ends the escalation', () => {
    const d = decide(incidentAt(200, { statusCategory: 'done' }), started(), vp, at(20), config);
    expect(d.state).toMatchObject({ status: 'resolved', resolvedAt: iso(20), nextEvaluationAt: null });
    expect(d.intents.map((i) => i.key)).toEqual(['ITOPS-1/default@3/e1/technical/L1/r0/resolved-comment']);
  });

  it('a priority change re-evaluates the path', () => {
    const d = decide(incidentAt(190, { impact: 'Extensive / Widespread', urgency: 'Critical' }), started(), vp, at(10), config);
    expect(d.state).toMatchObject({ status: 'active', path: 'executive', level: 1, priority: 'P1', episode: 2 });
    expect(d.trace).toContain('Priority changed from P4 to P1, which moves the escalation from the technical to the executive path.');
    expect(d.intents[0]).toMatchObject({ kind: 'page', key: 'ITOPS-1/default@3/e2/executive/L1/r0/page' });
  });

  it('a priority change re-opens an acknowledged escalation on the new path', () => {
    const acked = { ...started(), status: 'acknowledged' as const, acknowledgedBy: 'agent-ana', acknowledgedAt: iso(5) };
    const d = decide(incidentAt(190, { impact: 'Extensive / Widespread', urgency: 'Critical' }), acked, vp, at(10), config);
    expect(d.state).toMatchObject({ status: 'active', path: 'executive', acknowledgedBy: null });
  });

  it('a reopened incident can escalate again in a new episode', () => {
    const resolved = decide(incidentAt(200, { statusCategory: 'done' }), started(), vp, at(20), config).state;
    const d = decide(incidentAt(200), resolved, vp, at(30), config);
    expect(d.state).toMatchObject({ status: 'active', episode: 2 });
    expect(d.intents[0]!.key).toBe('ITOPS-1/default@3/e2/technical/L1/r0/page');
  });
});

describe('decide: legacy exceptions', () => {
  const mainframe = { service: 'Mainframe billing', components: ['Mainframe billing'] };
  const exception = (expiresAt: string) => ({ id: 'mainframe', services: ['Mainframe billing'], components: [],
    triggers: [{ id: 'mf-breach', type: 'slaBreached' as const, metric: 'Time to resolution' }],
    reason: 'Batch system: fixes wait for the nightly window', ownerAccountId: 'manager-max', expiresAt });

  it('an exception replaces the thresholds for its service', () => {
    const d = decide(incidentAt(200, mainframe), aState(), vp, at(0), aConfig({ exceptions: [exception('2027-06-30T00:00:00.000Z')] }));
    expect(d.state.status).toBe('none');
    expect(d.trace).toContain('Legacy exception "mainframe" applies until 2027-06-30T00:00:00.000Z (Batch system: fixes wait for the nightly window); its own thresholds replace the policy\'s.');
    expect(d.state.nextEvaluationAt).toBe(iso(40));
  });

  it('an expired exception stops applying and is flagged', () => {
    const d = decide(incidentAt(200, mainframe), aState(), vp, at(0), aConfig({ exceptions: [exception('2026-11-01T00:00:00.000Z')] }));
    expect(d.state.status).toBe('active');
    expect(d.trace.some((l) => l.startsWith('Exception "mainframe" for Mainframe billing expired at 2026-11-01'))).toBe(true);
  });
});
