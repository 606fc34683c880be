import { acknowledgeTeam } from '../../../src/app/coordination/coordinationCommands.js';
import { olaReportView } from '../../../src/app/coordination/coordinationView.js';
import { saveProtocol } from '../../../src/app/coordination/protocolAdmin.js';
import { saveTeam } from '../../../src/app/coordination/teamAdmin.js';
import { startTabletop, saveTabletopScenario, tabletopResult, tabletopsView } from '../../../src/app/drills/tabletop/tabletopAdmin.js';
import { openFindingTask } from '../../../src/app/drills/drill/drillReport.js';
import { stopDrill } from '../../../src/app/drills/programmes/drillsAdmin.js';
import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { saveConfig } from '../../../src/app/policies/configAdmin.js';
import type { TabletopScenarioInput } from '../../../src/contracts/tabletop.js';
import type { TeamInput } from '../../../src/contracts/team.js';
import { ADMIN, AGENT } from '../../support/appHarness.js';
import { T0 } from '../../support/builders.js';
import { aTeam, coordinationConfig } from '../../support/coordinationBuilders.js';
import { drillHarness } from '../../support/drillHarness.js';
import { aTabletopScenario } from '../../support/tabletopBuilders.js';

const MIN = 60_000;

/** Four teams, the Payments joint protocol (application, network, security) and a saved scenario. */
async function exercise(scenario: Partial<TabletopScenarioInput> = {}) {
  const h = await drillHarness();
  await saveConfig(h.deps, ADMIN, coordinationConfig(), 'services the teams own');
  for (const id of ['application', 'network', 'security', 'finance'] as const) {
    const team: TeamInput = { ...aTeam(id), scheduleId: null };
    for (const m of [...team.members, ...(team.managers ?? [])]) {
      h.host.addUser(m, { roles: { ITOPS: ['Service Desk Team'] } });
      h.host.permissions.set(m, new Set(['BROWSE_PROJECTS', 'EDIT_ISSUES']));
    }
    await saveTeam(h.deps, ADMIN, { team, expectedVersion: 0, reason: 'demo teams' });
  }
  await saveProtocol(h.deps, ADMIN, { protocol: { id: 'payments-joint', name: 'Payments joint', when: { services: ['Payments'] }, teams: [{ teamId: 'application' }, { teamId: 'network' }, { teamId: 'security' }] }, expectedVersion: 0, reason: 'payments outages are joint' });
  await saveTabletopScenario(h.deps, ADMIN, { scenario: { ...aTabletopScenario(), ...scenario }, expectedVersion: 0, reason: 'quarterly tabletop' });
  return h;
}
type H = Awaited<ReturnType<typeof exercise>>;
const engagedPages = (h: H) => h.notifier.outbox.filter((p) => p.subject.includes('engaged'));
const injectPages = (h: H) => h.notifier.outbox.filter((p) => p.subject.includes('Tabletop inject'));

describe('a tabletop exercise of a Payments outage', () => {
  it('runs as a drill: the joint protocol engages application, network and security once each, paging their liaisons marked [DRILL]', async () => {
    const h = await exercise();
    const started = await startTabletop(h.deps, ADMIN, { scenarioId: 'payments-outage' });
    const key = started.issueKey;
    expect((await h.drills.getDrill(key))).toMatchObject({ status: 'running', tabletop: { scenarioId: 'payments-outage', scenarioVersion: 1 } });
    expect(h.host.created[0]!.input).toMatchObject({ service: 'Payments', priority: 'P1', labels: ['escalation-drill'] });
    await Promise.all([evaluateIncident(h.deps, key), evaluateIncident(h.deps, key)]);
    expect(engagedPages(h).map((p) => [p.subject.slice(0, 7), p.targets])).toEqual([
      ['[DRILL]', [{ type: 'user', accountId: 'app-ana' }]], ['[DRILL]', [{ type: 'user', accountId: 'net-nia' }]], ['[DRILL]', [{ type: 'user', accountId: 'sec-sam' }]],
    ]);
    expect((await h.store.listEvents(key)).filter((e) => e.type === 'teamEngaged')).toHaveLength(3);
    expect(started.score.teams.map((t) => [t.teamId, t.engagedThrough, t.minutesToEngage])).toEqual([['application', 'protocol', 0], ['network', 'protocol', 0], ['security', 'protocol', 0]]);
  });

  it('plays each inject once at its minute, to its role, on the timeline and by a page', async () => {
    const h = await exercise();
    const { issueKey: key } = await startTabletop(h.deps, ADMIN, { scenarioId: 'payments-outage' });
    expect(injectPages(h).map((p) => [p.subject, p.targets.map((t) => t.type === 'user' && t.accountId)])).toEqual([
      [`[DRILL] [${key}] Tabletop inject for the team liaisons: Alert`, ['app-ana', 'net-nia', 'sec-sam']],
    ]);
    expect(h.queue.timers.some((t) => t.incidentKey === key && t.dueAtMs === T0 + 10 * MIN)).toBe(true);
    h.clock.advance(10);
    await evaluateIncident(h.deps, key);
    await evaluateIncident(h.deps, key);
    h.clock.advance(10);
    await evaluateIncident(h.deps, key);
    expect(injectPages(h).map((p) => p.subject.replace(`[${key}] `, ''))).toEqual([
      '[DRILL] Tabletop inject for the team liaisons: Alert',
      '[DRILL] Tabletop inject for the team liaisons: Alert on a dependency',
      // Nobody was designated commander: the facilitator who started the exercise plays the part.
      '[DRILL] Tabletop inject for the incident commander: Stakeholder question',
    ]);
    expect(injectPages(h)[2]!.targets).toEqual([{ type: 'user', accountId: ADMIN.accountId }]);
    const timeline = (await h.store.listEvents(key)).filter((e) => e.type === 'tabletopInject').map((e) => e.detail);
    expect(timeline).toHaveLength(3);
    expect(timeline[2]).toContain('The CFO asks when card payments will be back');
    const result = await tabletopResult(h.deps, AGENT, key);
    expect(result.delivered.map((d) => [d.injectId, d.dueAt])).toEqual([
      ['first-alert', new Date(T0).toISOString()], ['dns-alert', new Date(T0 + 10 * MIN).toISOString()], ['exec-question', new Date(T0 + 20 * MIN).toISOString()],
    ]);
    expect(result.score.injects).toEqual({ delivered: 3, of: 3 });
  });

  it('scores time to engage and each team\'s OLA; a team the protocol does not engage is a gap until someone engages it', async () => {
    const h = await exercise({ teams: ['application', 'network', 'security', 'finance'] });
    const { issueKey: key } = await startTabletop(h.deps, ADMIN, { scenarioId: 'payments-outage' });
    h.clock.advance(5);
    await acknowledgeTeam(h.deps, { accountId: 'net-nia' }, { issueKey: key, teamId: 'network' });
    h.clock.advance(7);
    await acknowledgeTeam(h.deps, { accountId: 'sec-sam' }, { issueKey: key, teamId: 'security' });
    h.clock.advance(4);
    await evaluateIncident(h.deps, key);
    const { score } = await tabletopResult(h.deps, AGENT, key);
    // Network's OLA is 10 min, security's and application's 15: application has not acknowledged at minute 16.
    expect(score.teams.map((t) => [t.teamId, t.engagedThrough, t.minutesToAcknowledge, t.olaMet])).toEqual([
      ['application', 'protocol', null, false], ['network', 'protocol', 5, true], ['security', 'protocol', 12, true], ['finance', null, null, null],
    ]);
    expect(score.engaged).toEqual({ count: 3, of: 4 });
    expect(score.olaMet).toEqual({ count: 2, of: 3 });
  });

  it('when stopped, files its gaps as findings that open Jira tasks, as drills do, and releases the teams', async () => {
    const h = await exercise({ teams: ['application', 'network', 'security', 'finance'] });
    const { issueKey: key } = await startTabletop(h.deps, ADMIN, { scenarioId: 'payments-outage' });
    h.clock.advance(5);
    await acknowledgeTeam(h.deps, { accountId: 'net-nia' }, { issueKey: key, teamId: 'network' });
    await acknowledgeTeam(h.deps, { accountId: 'sec-sam' }, { issueKey: key, teamId: 'security' });
    h.clock.advance(15);
    const ended = await stopDrill(h.deps, ADMIN, key);
    expect(ended.findings.filter((f) => f.kind === 'protocolGap' || f.kind === 'olaMissed').map((f) => f.id)).toEqual([
      `${key}:olaMissed:application`, `${key}:protocolGap:finance`,
    ]);
    const report = await openFindingTask(h.deps, ADMIN, { issueKey: key, findingId: `${key}:protocolGap:finance` });
    expect(report.findings.find((f) => f.id === `${key}:protocolGap:finance`)!.taskKey).not.toBeNull();
    await evaluateIncident(h.deps, key);
    expect((await h.coordination.getRecord(key))!.record.engagements.map((e) => e.state)).toEqual(['released', 'released', 'released']);
    // Scored as at the stop: what happens to the clocks afterwards changes nothing.
    h.clock.advance(60);
    const { score } = await tabletopResult(h.deps, AGENT, key);
    expect(score.teams.map((t) => t.olaMet)).toEqual([false, true, true, null]);
  });

  it('keeps the exercise\'s OLA clocks out of the OLA report, as drills stay out of every figure', async () => {
    const h = await exercise();
    const { issueKey: key } = await startTabletop(h.deps, ADMIN, { scenarioId: 'payments-outage' });
    h.clock.advance(5);
    await acknowledgeTeam(h.deps, { accountId: 'net-nia' }, { issueKey: key, teamId: 'network' });
    expect((await h.coordination.listOutcomes(T0 - MIN, T0 + 60 * MIN)).map((o) => o.incidentKey)).toEqual([key]);
    const report = await olaReportView(h.deps, ADMIN, { from: '2026-11-27', to: '2026-11-27' });
    expect(report.teams.find((t) => t.teamName === 'Network')).toMatchObject({ clocks: 0 });
  });

  it('runs one exercise of a scenario at a time', async () => {
    const h = await exercise();
    await startTabletop(h.deps, ADMIN, { scenarioId: 'payments-outage' });
    await expect(startTabletop(h.deps, ADMIN, { scenarioId: 'payments-outage' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(h.host.created).toHaveLength(1);
    expect((await tabletopsView(h.deps, ADMIN)).exercises).toHaveLength(1);
  });
});

describe('tabletop scenarios', () => {
  it('are defined by policy admins only', async () => {
    const h = await exercise();
    await expect(saveTabletopScenario(h.deps, AGENT, { scenario: aTabletopScenario({ id: 'other' }), expectedVersion: 0, reason: 'mine' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(startTabletop(h.deps, AGENT, { scenarioId: 'payments-outage' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(h.host.created).toEqual([]);
  });

  it('refuse an unknown team and an inject past the time limit by field, and a stale version as a conflict', async () => {
    const h = await exercise();
    const bad = { ...aTabletopScenario(), teams: ['network', 'storage'], injects: [{ id: 'late', atMinute: 90, kind: 'note', to: 'commander', text: 'wrap up' }] };
    await expect(saveTabletopScenario(h.deps, ADMIN, { scenario: bad, expectedVersion: 1, reason: 'more teams' })).rejects.toMatchObject({
      code: 'INVALID', fields: [{ field: 'scenario.teams[1]', message: 'no team "storage"' }, { field: 'scenario.injects[0].atMinute', message: 'must be before the time limit (60 minutes)' }],
    });
    await expect(saveTabletopScenario(h.deps, ADMIN, { scenario: aTabletopScenario({ name: 'Renamed' }), expectedVersion: 0, reason: 'rename' })).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(saveTabletopScenario(h.deps, ADMIN, { scenario: aTabletopScenario({ name: 'Renamed' }), expectedVersion: 1, reason: 'rename' })).resolves.toMatchObject({ version: 2 });
  });
});
