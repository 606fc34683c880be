import type { EscalationConfig } from '../../../src/contracts/config.js';
import type { PolicyInput } from '../../../src/contracts/policy.js';
import type { EngineContext } from '../../../src/domain/escalation/engineContext.js';
import type { HypotheticalIncident } from '../../../src/domain/drills/hypotheticalIncident.js';
import { simulate, type SimulationInput } from '../../../src/domain/drills/simulate.js';
import { aConfig, aPolicy, aPolicyInput, at, min, T0 } from '../../support/builders.js';
import { aLayer, anOverride, aSchedule } from '../oncall/scheduleBuilders.js';

const iso = (ms: number) => new Date(ms).toISOString();

function anHypothetical(overrides: Partial<HypotheticalIncident> = {}): HypotheticalIncident {
  return {
    key: 'SIM-1', projectKey: 'ITOPS', requestType: 'Report an incident', service: 'Intranet', components: ['Intranet'], labels: [],
    impact: 'Moderate / Limited', urgency: 'Medium', createdAt: T0,
    slaGoals: [{ metric: 'Time to first response', goalMs: min(60) }, { metric: 'Time to resolution', goalMs: min(240) }],
    ...overrides,
  };
}

function run(over: Partial<SimulationInput> & { policyInput?: Partial<PolicyInput>; config?: EscalationConfig } = {}) {
  const { policyInput, ...rest } = over;
  return simulate({
    incident: anHypothetical(), policy: { policy: aPolicy(policyInput), version: 0 }, config: aConfig(),
    ctx: { schedules: new Map() }, ackAfterFirstPageMs: null, resolvedAt: null, horizonMs: min(24 * 60),
    defaultTimeZone: 'Europe/London', explain: true, ...rest,
  });
}

const pageTable = (s: ReturnType<typeof run>) => s.pages.map((p) => [iso(p.at), `${p.path} L${p.level} ${p.kind}`, p.accountIds.join(',')]);

describe('the policy simulator drives the real engine in virtual time', () => {
  it('climbs every technical level of a P3 when nobody acknowledges: 75% of a 4-hour resolution SLA, then 30 minutes a level', () => {
    const s = run();
    expect(pageTable(s)).toEqual([
      [iso(at(180)), 'technical L1 first', 'agent-ana'],
      [iso(at(210)), 'technical L2 first', 'lead-lee'],
      [iso(at(240)), 'technical L3 first', 'manager-max'],
    ]);
    expect(s.ended).toEqual({ reason: 'exhausted', at: at(255) });
    expect(s.summary).toMatchObject({ pages: 3, firstPageAt: at(180), acknowledgedAt: null, levelsReached: { technical: 3 }, breachedResponse: true });
    expect(s.actions.map((a) => a.detail)).toEqual(expect.arrayContaining(['assign to agent-ana', 'add label escalated']));
    expect(s.evaluations.flatMap((e) => e.trace).join('\n')).toMatch(/Trigger "ttr-75".*fired/);
  });

  it.each([
    ['5 minutes after the first page', min(5), [iso(at(180))], at(185)],
    ['after level 2 has paged', min(40), [iso(at(180)), iso(at(210))], at(220)],
  ])('stops the climb when acknowledged %s', (_, after, pageTimes, ackAt) => {
    const s = run({ ackAfterFirstPageMs: after });
    expect(s.pages.map((p) => iso(p.at))).toEqual(pageTimes);
    expect(s.ended).toEqual({ reason: 'acknowledged', at: ackAt });
    expect(s.steps.find((x) => x.type === 'acknowledged')).toMatchObject({ at: iso(ackAt), actor: 'agent-ana' });
  });

  it('takes the managerial path for a mission-critical service: floor P2, thresholds halved', () => {
    const s = run({ incident: anHypothetical({ service: 'Payments', components: ['Payments'] }) });
    expect(pageTable(s)).toEqual([
      [iso(at(90)), 'managerial L1 first', 'manager-max'],
      [iso(at(120)), 'managerial L2 first', 'director-dee'],
    ]);
  });

  it('resolves a schedule to whoever is on call at that instant, an override winning over the rotation', () => {
    const schedule = { ...aSchedule([aLayer('Primary', { participants: ['ana', 'bo'], startDate: '2026-11-26' })],
      [anOverride('o-1', 'cy', '2026-11-27T11:30:00Z', '2026-11-27T12:45:00Z')]), id: 'ops' };
    const ctx: EngineContext = { schedules: new Map([['ops', schedule]]) };
    const levels = aPolicyInput().paths.technical.levels.map((l) => ({ ...l, targets: [{ type: 'schedule' as const, scheduleId: 'ops' }], actions: [] }));
    const s = run({ ctx, policyInput: { paths: { ...aPolicyInput().paths, technical: { levels } } } });
    // 12:00Z: the override; 12:30Z: still the override; 13:00Z: bo's daily shift (started Thursday 09:00 with ana).
    expect(pageTable(s)).toEqual([
      [iso(at(180)), 'technical L1 first', 'cy'],
      [iso(at(210)), 'technical L2 first', 'cy'],
      [iso(at(240)), 'technical L3 first', 'bo'],
    ]);
    expect(s.pages[0]!.onCall[0]).toMatchObject({ scheduleId: 'ops', accountId: 'cy', source: 'override', detail: 'override o-1 replacing bo' });
    expect(s.pages[2]!.onCall[0]).toMatchObject({ source: 'layer', detail: 'layer "Primary", shift 2', timeZone: 'Europe/London' });
  });

  it('counts business time on a calendar: an hour from Friday 16:30 London fires on Monday 09:30', () => {
    const created = Date.parse('2026-11-27T16:30:00Z');
    const s = run({
      incident: anHypothetical({ createdAt: created, slaGoals: [] }),
      policyInput: { triggers: [{ id: 'hour-business', type: 'timeSinceCreated', minutes: 60, calendarId: 'london-office' }] },
      horizonMs: min(5 * 24 * 60),
    });
    expect(s.pages[0]!.at).toBe(Date.parse('2026-11-30T09:30:00Z'));
  });

  it('applies a legacy exception: its own triggers replace the policy\'s', () => {
    const config = aConfig({ exceptions: [{ id: 'mainframe', services: ['Mainframe billing'], components: [],
      triggers: [{ id: 'ten-hours', type: 'timeSinceCreated', minutes: 600 }], reason: 'Batch system with overnight support only',
      ownerAccountId: 'manager-max', expiresAt: '2027-06-01T00:00:00.000Z' }] });
    const s = run({ config, incident: anHypothetical({ service: 'Mainframe billing', components: ['Mainframe billing'] }) });
    expect(s.pages[0]!.at).toBe(at(600));
    expect(s.evaluations[0]!.trace.join('\n')).toMatch(/Legacy exception "mainframe" applies/);
  });

  it('marks people paged in their sleep hours (22:00–07:00 local) as woken', () => {
    const s = run({ incident: anHypothetical({ createdAt: Date.parse('2026-11-27T20:00:00Z') }) });
    expect(s.pages.map((p) => [iso(p.at), p.woken.map((w) => w.accountId)])).toEqual([
      ['2026-11-27T23:00:00.000Z', ['agent-ana']], ['2026-11-27T23:30:00.000Z', ['lead-lee']], ['2026-11-28T00:00:00.000Z', ['manager-max']],
    ]);
    expect(s.summary.woken).toEqual(['agent-ana', 'lead-lee', 'manager-max']);
  });

  it('pages nobody for an incident outside the policy\'s scope', () => {
    const s = run({ incident: anHypothetical({ projectKey: 'HR' }) });
    expect(s.pages).toEqual([]);
    expect(s.ended.reason).toBe('notInScope');
    expect(s.evaluations[0]!.trace[0]).toMatch(/project HR is not in the policy's scope/);
  });

  it('ends with the resolution when the incident is resolved before anyone acknowledges', () => {
    const s = run({ resolvedAt: at(200) });
    expect(pageTable(s).map((r) => r[0])).toEqual([iso(at(180))]);
    expect(s.ended).toEqual({ reason: 'resolved', at: at(200) });
    expect(s.summary.breachedResponse).toBe(true);
  });

  it('stops at the horizon', () => {
    const s = run({ horizonMs: min(200) });
    expect(s.pages).toHaveLength(1);
    expect(s.ended).toEqual({ reason: 'horizon', at: at(200) });
  });
});
