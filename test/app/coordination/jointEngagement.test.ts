import { escalate } from '../../../src/app/escalation/incidentCommands.js';
import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { coordinationView } from '../../../src/app/coordination/coordinationView.js';
import { acknowledgeTeam, decideHandoff, handOff } from '../../../src/app/coordination/coordinationCommands.js';
import { saveTeam } from '../../../src/app/coordination/teamAdmin.js';
import { saveProtocol } from '../../../src/app/coordination/protocolAdmin.js';
import { savePolicy } from '../../../src/app/policies/policyAdmin.js';
import { saveConfig } from '../../../src/app/policies/configAdmin.js';
import type { TeamInput } from '../../../src/contracts/team.js';
import { anIncident, aPolicyInput, T0 } from '../../support/builders.js';
import { ADMIN, AGENT, appHarness } from '../../support/appHarness.js';
import { aTeam, coordinationConfig } from '../../support/coordinationBuilders.js';

const TEAM_IDS = ['application', 'network', 'security', 'finance'] as const;
const MIN = 60_000;

async function joint() {
  const h = await appHarness();
  await saveConfig(h.deps, ADMIN, { ...coordinationConfig(), bridge: { openAtOrAbove: 'P2', global: { url: 'https://meet.example.com/war-room' } } }, 'services the teams own');
  for (const id of TEAM_IDS) {
    const team: TeamInput = { ...aTeam(id), scheduleId: null };
    for (const m of [...team.members, ...(team.managers ?? [])]) h.host.addUser(m, { roles: { ITOPS: ['Service Desk Team'] } });
    for (const m of [...team.members, ...(team.managers ?? [])]) h.host.permissions.set(m, new Set(['BROWSE_PROJECTS', 'EDIT_ISSUES']));
    await saveTeam(h.deps, ADMIN, { team, expectedVersion: 0, reason: 'demo teams' });
  }
  await saveProtocol(h.deps, ADMIN, { protocol: { id: 'payments-joint', name: 'Payments joint', when: { services: ['Payments'] }, teams: [{ teamId: 'application' }, { teamId: 'network' }, { teamId: 'security' }] }, expectedVersion: 0, reason: 'payments outages are joint' });
  h.host.put(anIncident({ key: 'ITOPS-1', service: 'Payments' }));
  return h;
}

const engagedPages = (h: Awaited<ReturnType<typeof joint>>) => h.notifier.outbox.filter((p) => p.subject.includes('engaged'));

describe('a joint Payments incident', () => {
  it('engages application, network and security once each, with their liaisons and the bridge, however often it is evaluated', async () => {
    const h = await joint();
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'card payments failing' });
    // Retries and racing evaluations: timers firing twice, issue events, the sweep.
    await Promise.all([evaluateIncident(h.deps, 'ITOPS-1'), evaluateIncident(h.deps, 'ITOPS-1')]);
    await evaluateIncident(h.deps, 'ITOPS-1');
    const pages = engagedPages(h);
    expect(pages.map((p) => p.targets)).toEqual([
      [{ type: 'user', accountId: 'app-ana' }], [{ type: 'user', accountId: 'net-nia' }], [{ type: 'user', accountId: 'sec-sam' }],
    ]);
    expect(pages.every((p) => p.body.includes('Shared bridge: https://meet.example.com/war-room'))).toBe(true);
    const events = (await h.store.listEvents('ITOPS-1')).filter((e) => e.type === 'teamEngaged');
    expect(events).toHaveLength(3);
    const view = await coordinationView(h.deps, AGENT, 'ITOPS-1');
    expect(view.engagements.map((e) => [e.teamId, e.state, e.liaisons])).toEqual([['application', 'engaged', ['app-ana']], ['network', 'engaged', ['net-nia']], ['security', 'engaged', ['sec-sam']]]);
    expect(view.protocols).toEqual([{ id: 'payments-joint', name: 'Payments joint' }]);
  });

  it('a team acknowledging in time stops its clock; one that does not is escalated to its manager on its exact timer', async () => {
    const h = await joint();
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'card payments failing' });
    h.clock.advance(5);
    await acknowledgeTeam(h.deps, { accountId: 'sec-sam' }, { issueKey: 'ITOPS-1', teamId: 'security' });
    expect(h.queue.timers.some((s) => s.dueAtMs === T0 + 10 * MIN)).toBe(true);
    h.clock.advance(5);
    await evaluateIncident(h.deps, 'ITOPS-1');
    const breach = h.notifier.outbox.filter((p) => p.subject.includes('OLA missed'));
    expect(breach.map((p) => [p.subject, p.targets])).toEqual([['[ITOPS-1] OLA missed: team Network has not acknowledged', [{ type: 'user', accountId: 'net-boss' }]]]);
    await expect(acknowledgeTeam(h.deps, { accountId: 'sec-sam' }, { issueKey: 'ITOPS-1', teamId: 'network' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a declined handoff escalates to the liaison at once; an unaccepted one climbs to the manager path on the OLA', async () => {
    const h = await joint();
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'card payments failing' });
    await handOff(h.deps, { accountId: 'app-ana' }, { issueKey: 'ITOPS-1', fromTeamId: 'application', toTeamId: 'finance', known: 'Refunds double-posted', tried: 'Paused the refund job', needed: 'Decide on customer comms', receiver: 'fin-fay' });
    h.clock.advance(2);
    await expect(decideHandoff(h.deps, { accountId: 'fin-fay' }, { issueKey: 'ITOPS-1', handoffId: 'h1', decision: 'decline', reason: '' })).rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'reason' }] });
    await decideHandoff(h.deps, { accountId: 'fin-fay' }, { issueKey: 'ITOPS-1', handoffId: 'h1', decision: 'decline', reason: 'Not a finance decision yet' });
    let view = await coordinationView(h.deps, AGENT, 'ITOPS-1');
    expect(view.handoffs[0]).toMatchObject({ state: 'escalated', stage: 'liaison', askedNow: ['fin-fox'] });
    // Finance works London office hours: T0 is Friday 09:00, so 30 working minutes from 09:02 is 09:32.
    expect(view.handoffs[0]!.dueAt).toBe('2026-11-27T09:32:00.000Z');
    h.clock.advance(30);
    await evaluateIncident(h.deps, 'ITOPS-1');
    view = await coordinationView(h.deps, AGENT, 'ITOPS-1');
    expect(view.handoffs[0]).toMatchObject({ state: 'escalated', stage: 'manager', askedNow: ['fin-boss'], olaBreachedAt: '2026-11-27T09:32:00.000Z' });
    const types = (await h.store.listEvents('ITOPS-1')).map((e) => e.type).filter((t) => t.startsWith('handoff') || t === 'olaBreached');
    expect(types).toEqual(expect.arrayContaining(['handoffRequested', 'handoffDeclined', 'handoffEscalated', 'olaBreached']));
    await decideHandoff(h.deps, { accountId: 'fin-boss' }, { issueKey: 'ITOPS-1', handoffId: 'h1', decision: 'accept', reason: '' });
    view = await coordinationView(h.deps, AGENT, 'ITOPS-1');
    expect(view.engagements.map((e) => [e.teamId, e.state])).toEqual(expect.arrayContaining([['application', 'handedOff'], ['finance', 'acknowledged']]));
  });

  it('validation now accepts a policy level targeting a team that exists, and refuses one that does not', async () => {
    const h = await joint();
    const base = aPolicyInput();
    const withTeam = (teamId: string) => ({ ...base, paths: { ...base.paths, technical: { levels: [{ ...base.paths.technical.levels[0]!, targets: [{ type: 'team', teamId, withLiaison: true }] }, ...base.paths.technical.levels.slice(1)] } } });
    await expect(savePolicy(h.deps, ADMIN, { policy: withTeam('network'), expectedVersion: 1, reason: 'page the network team' })).resolves.toMatchObject({ version: 2 });
    await expect(savePolicy(h.deps, ADMIN, { policy: withTeam('storage'), expectedVersion: 2, reason: 'page storage' })).rejects.toMatchObject({ fields: [{ field: 'paths.technical.levels[0].targets[0].teamId', message: expect.stringContaining('no team "storage"') }] });
  });
});
