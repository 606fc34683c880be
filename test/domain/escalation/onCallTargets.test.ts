import type { Schedule } from '../../../src/domain/oncall/schedule.js';
import { decide } from '../../../src/domain/escalation/decide.js';
import { aConfig, aPolicy, anIncident, aState, at, slaAt } from '../../support/builders.js';

const config = aConfig();
const iso = (m: number) => new Date(at(m)).toISOString();
// Daily 09:00 London handoff from 1 November: on 27 November (shift 27) it is Olu's turn.
const payments: Schedule = {
  id: 'payments-primary', name: 'Payments primary', timeZone: 'Europe/London', overrides: [],
  layers: [{ name: 'Weekdays', rotation: { kind: 'daily', handoffTime: '09:00', timeZone: 'Europe/London', participants: ['oncall-olu', 'oncall-pia'], startDate: '2026-11-01' } }],
};
const ctx = (schedules: Schedule[] = [payments]) => ({ schedules: new Map(schedules.map((s) => [s.id, s])) });

const base = aPolicy();
const policy = aPolicy({
  paths: {
    ...base.paths,
    technical: { levels: [
      { targets: [{ type: 'schedule', scheduleId: 'payments-primary' }], backups: [{ type: 'user', accountId: 'lead-lee' }],
        delayMinutes: 0, ackTimeoutMinutes: 15, repeat: 1, actions: [{ kind: 'assign' }] },
      { targets: [{ type: 'user', accountId: 'manager-max' }], backups: [], delayMinutes: 45, ackTimeoutMinutes: 15, repeat: 0, actions: [] },
    ] },
  },
});
const vp = { policy, version: 1 };
const due = anIncident({ slas: [slaAt(180)] });

describe('schedule targets', () => {
  it('pages and assigns the person on call, and says who and why', () => {
    const d = decide(due, aState(), vp, at(5), config, ctx());
    expect(d.intents.filter((i) => i.kind !== 'comment').map((i) => [i.kind, 'targets' in i ? i.targets : 'accountId' in i ? i.accountId : null])).toEqual([
      ['page', [{ type: 'user', accountId: 'oncall-olu' }]],
      ['assign', 'oncall-olu'],
    ]);
    expect(d.steps[1]!.detail).toContain('Payments primary: user oncall-olu is on call (layer "Weekdays", shift 27, until 2026-11-28T09:00:00.000Z)');
  });

  it('an override replaces the person for its window', () => {
    const withOverride = { ...payments, overrides: [{ id: 'swap-1', accountId: 'oncall-pia', start: new Date(at(0)), end: new Date(at(120)) }] };
    const d = decide(due, aState(), vp, at(5), config, ctx([withOverride]));
    expect(d.intents[0]).toMatchObject({ kind: 'page', targets: [{ type: 'user', accountId: 'oncall-pia' }] });
    expect(d.steps[1]!.detail).toContain('override swap-1 replacing user oncall-olu');
  });

  it('a gap in the schedule pages the backup at once', () => {
    const weekdaysOnly = { ...payments, layers: [{ ...payments.layers[0]!, rotation: { ...payments.layers[0]!.rotation, restriction: { weekdays: ['mon' as const] } } }] };
    const d = decide(due, aState(), vp, at(5), config, ctx([weekdaysOnly]));
    expect(d.intents[0]).toMatchObject({ kind: 'page', targets: [{ type: 'user', accountId: 'lead-lee' }] });
    expect(d.steps[1]!.detail).toContain('nobody is on call in Payments primary');
  });

  it('a level whose targets resolve to nobody (a team deleted after the policy was saved) is not delivered, and the backup is paged', () => {
    const teamPolicy = aPolicy({ paths: { ...base.paths, technical: { levels: [
      { targets: [{ type: 'team', teamId: 'payments-sre' }], backups: [{ type: 'user', accountId: 'lead-lee' }], delayMinutes: 0, ackTimeoutMinutes: 15, repeat: 0, actions: [] },
    ] } } });
    const d = decide(due, aState(), { policy: teamPolicy, version: 1 }, at(5), config, ctx());
    expect(d.intents.filter((i) => i.kind === 'page')).toEqual([expect.objectContaining({ targets: [{ type: 'user', accountId: 'lead-lee' }] })]);
    expect(d.steps[1]!.detail).toContain('not delivered: team "payments-sre" does not exist');
  });

  it('with no backup either, the level records "not delivered" and pages nobody', () => {
    const teamPolicy = aPolicy({ paths: { ...base.paths, technical: { levels: [
      { targets: [{ type: 'team', teamId: 'payments-sre' }], backups: [], delayMinutes: 0, ackTimeoutMinutes: 15, repeat: 0, actions: [] },
    ] } } });
    const d = decide(due, aState(), { policy: teamPolicy, version: 1 }, at(5), config, ctx());
    expect(d.intents.filter((i) => i.kind === 'page')).toEqual([]);
    expect(d.steps[1]!.detail).toMatch(/^Paged technical level 1: not delivered \(nobody to page\)/);
  });

  it('the record keeps who was paged even if the schedule changes later', () => {
    const first = decide(due, aState(), vp, at(5), config, ctx());
    const swapped = { ...payments, layers: [{ ...payments.layers[0]!, rotation: { ...payments.layers[0]!.rotation, participants: ['oncall-pia', 'oncall-olu'] } }] };
    const later = decide(due, first.state, vp, at(10), config, ctx([swapped]));
    expect(later.intents).toEqual([]);
    expect(first.steps[1]!.detail).toContain('oncall-olu is on call');
  });
});

describe('the acknowledgement chain: follow-up, backup, next level', () => {
  test.each<[string, number, string[], number | null]>([
    ['waits inside the first ack window', 10, [], 15],
    ['a follow-up goes to the same person after 15 minutes', 15, ['repeated'], 30],
    ['then the backup is paged', 30, ['repeated', 'backupPaged'], 45],
    ['then the next level', 45, ['repeated', 'backupPaged', 'levelChanged'], 60],
  ])('%s', (_name, minutes, steps, next) => {
    const started = decide(due, aState(), vp, at(0), config, ctx()).state;
    const d = decide(due, started, vp, at(minutes), config, ctx());
    expect(d.steps.map((s) => s.type)).toEqual(steps);
    expect(d.state.nextEvaluationAt).toBe(next === null ? null : iso(next));
  });

  it('each step pages the right people with its own key', () => {
    const started = decide(due, aState(), vp, at(0), config, ctx()).state;
    const d = decide(due, started, vp, at(45), config, ctx());
    expect(d.intents.filter((i) => i.kind === 'page').map((i) => [i.key, i.kind === 'page' ? i.targets : null])).toEqual([
      ['ITOPS-1/default@1/e1/technical/L1/r1/page', [{ type: 'user', accountId: 'oncall-olu' }]],
      ['ITOPS-1/default@1/e1/technical/L1/r2/backup-page', [{ type: 'user', accountId: 'lead-lee' }]],
      ['ITOPS-1/default@1/e1/technical/L2/r0/page', [{ type: 'user', accountId: 'manager-max' }]],
    ]);
  });

  it('acknowledging stops the chain', () => {
    const started = decide(due, aState(), vp, at(0), config, ctx()).state;
    const acked = { ...started, status: 'acknowledged' as const, acknowledgedBy: 'oncall-olu', acknowledgedAt: iso(3) };
    expect(decide(due, acked, vp, at(60), config, ctx()).intents).toEqual([]);
  });
});

describe('dynamic assignment', () => {
  const twoAgents = aPolicy({ paths: { ...base.paths, technical: { levels: [
    { targets: [{ type: 'user', accountId: 'agent-ana' }, { type: 'user', accountId: 'agent-ben' }], backups: [], delayMinutes: 0, ackTimeoutMinutes: 15, repeat: 0, actions: [{ kind: 'assign' }] },
  ] } } });
  // Intranet is a standard service, so the incident stays on the technical path.
  const paymentsIncident = anIncident({ service: 'Intranet', components: ['Intranet'], labels: ['search'], slas: [slaAt(180)] });
  const facts = (entries: Array<[string, { skills: string[]; openIncidents: number; pagesLast24h: number }]>) =>
    new Map(entries.map(([id, f]) => [id, { displayName: id, ...f }]));
  const assigned = (d: ReturnType<typeof decide>) => d.intents.find((i) => i.kind === 'assign');

  test.each<[string, Array<[string, { skills: string[]; openIncidents: number; pagesLast24h: number }]>, string]>([
    ['skills win between equally loaded agents', [['agent-ana', { skills: [], openIncidents: 1, pagesLast24h: 0 }], ['agent-ben', { skills: ['intranet'], openIncidents: 1, pagesLast24h: 0 }]], 'agent-ben'],
    ['a lighter workload wins between equally skilled agents', [['agent-ana', { skills: ['intranet'], openIncidents: 6, pagesLast24h: 4 }], ['agent-ben', { skills: ['intranet'], openIncidents: 0, pagesLast24h: 0 }]], 'agent-ben'],
    ['a full tie goes to the smaller accountId', [], 'agent-ana'],
  ])('%s', (_name, entries, expected) => {
    const d = decide(paymentsIncident, aState(), { policy: twoAgents, version: 1 }, at(5), config, { schedules: new Map(), responders: facts(entries) });
    expect(assigned(d)).toMatchObject({ accountId: expected });
    expect(d.trace.find((l) => l.startsWith('Assignment:'))).toMatch(/Scores: agent-\w+ \d\.\d\d, agent-\w+ \d\.\d\d\./);
  });

  it('never assigns someone off shift while the on-call person is on shift, whatever their skills', () => {
    const d = decide(paymentsIncident, aState(), vp, at(5), config, { ...ctx(), responders: facts([
      ['oncall-pia', { skills: ['intranet'], openIncidents: 0, pagesLast24h: 0 }], ['oncall-olu', { skills: [], openIncidents: 5, pagesLast24h: 9 }]]) });
    expect(assigned(d)).toMatchObject({ accountId: 'oncall-olu' });
    expect(d.trace.find((l) => l.startsWith('Assignment:'))).toContain('oncall-pia');
  });
});
