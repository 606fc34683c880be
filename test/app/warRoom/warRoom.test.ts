import { escalate } from '../../../src/app/escalation/incidentCommands.js';
import { evaluateIncident } from '../../../src/app/escalation/evaluateIncident.js';
import { coordinationView } from '../../../src/app/coordination/coordinationView.js';
import { saveTeam } from '../../../src/app/coordination/teamAdmin.js';
import { saveProtocol } from '../../../src/app/coordination/protocolAdmin.js';
import { saveConfig } from '../../../src/app/policies/configAdmin.js';
import { saveChannelSettings } from '../../../src/app/comms/channels/channelSettingsAdmin.js';
import { syncWarRoom } from '../../../src/app/warRoom/syncWarRoom.js';
import { loadSettings } from '../../../src/app/policies/loadSettings.js';
import type { DrillRecord } from '../../../src/contracts/drills.js';
import type { TeamInput } from '../../../src/contracts/team.js';
import { anIncident, T0 } from '../../support/builders.js';
import { ADMIN, AGENT, appHarness } from '../../support/appHarness.js';
import { aTeam, coordinationConfig } from '../../support/coordinationBuilders.js';
import { BOT_TOKEN, slackHarness } from '../../support/slackHarness.js';

const TEAM_IDS = ['application', 'network', 'security'] as const;
/** sec-sam is not in the Slack workspace; everyone else is, under their Jira email. */
const IN_SLACK = ['app-ana', 'app-art', 'net-ned', 'net-nia', 'agent-ana'];

async function warRooms(opts: { token?: string | null; minPriority?: 'P1' | 'P2' | null } = {}) {
  const h = await appHarness();
  const slack = slackHarness(() => h.clock.now(), IN_SLACK.map((a, i) => ({ id: `U${i + 1}`, email: `${a}@example.test`, realName: a })));
  h.deps.slack = slack.api;
  h.host.addUser('agent-ana', { groups: ['jira-servicemanagement-users'], roles: { ITOPS: ['Service Desk Team'] }, email: 'agent-ana@example.test' });
  await saveConfig(h.deps, ADMIN, { ...coordinationConfig(), bridge: { openAtOrAbove: 'P2', global: { url: 'https://meet.example.com/war-room' } } }, 'services the teams own');
  for (const id of TEAM_IDS) {
    const team: TeamInput = { ...aTeam(id), scheduleId: null };
    for (const m of [...team.members, ...(team.managers ?? [])]) {
      h.host.addUser(m, { roles: { ITOPS: ['Service Desk Team'] }, email: `${m}@example.test` });
      h.host.permissions.set(m, new Set(['BROWSE_PROJECTS', 'EDIT_ISSUES']));
    }
    await saveTeam(h.deps, ADMIN, { team, expectedVersion: 0, reason: 'demo teams' });
  }
  await saveProtocol(h.deps, ADMIN, { protocol: { id: 'payments-joint', name: 'Payments joint', when: { services: ['Payments'] }, teams: [{ teamId: 'application' }, { teamId: 'network' }, { teamId: 'security' }] }, expectedVersion: 0, reason: 'payments outages are joint' });
  const token = opts.token === undefined ? BOT_TOKEN : opts.token;
  await saveChannelSettings(h.deps, ADMIN, {
    settings: { siteUrl: 'https://acme.atlassian.net', warRoom: { enabled: true, minPriority: opts.minPriority === undefined ? 'P1' : opts.minPriority } },
    secrets: token ? { slackBotToken: token } : {}, reason: 'war rooms in Slack',
  });
  h.host.put(anIncident({ key: 'ITOPS-1', service: 'Payments', summary: 'Card payments failing' }));
  return { ...h, slack };
}

const channels = (h: Awaited<ReturnType<typeof warRooms>>) => h.slack.workspace.view().channels;
const creates = (h: Awaited<ReturnType<typeof warRooms>>) => h.slack.calls.filter((c) => c === 'conversations.create').length;

describe('a Slack war room for a protocol-engaged incident', () => {
  it('opens one channel, invites the engaged people Slack knows, pins the summary and posts every step, however often it is evaluated', async () => {
    const h = await warRooms();
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'card payments failing' });
    await Promise.all([evaluateIncident(h.deps, 'ITOPS-1'), evaluateIncident(h.deps, 'ITOPS-1')]);
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(creates(h)).toBe(1);
    const [room] = channels(h);
    expect(channels(h)).toHaveLength(1);
    expect(room!.name).toBe('inc-itops-1-payments');
    expect(room!.members).toEqual(expect.arrayContaining(['app-ana', 'net-nia']));
    expect(room!.members).not.toContain('sec-sam');
    const summary = room!.messages[0]!;
    expect(summary.pinned).toBe(true);
    expect(summary.text).toContain('ITOPS-1: Card payments failing');
    expect(summary.text).toContain('Bridge: https://meet.example.com/war-room');
    expect(summary.text).toContain('Jira: https://acme.atlassian.net/browse/ITOPS-1');
    const posts = room!.messages.slice(1).map((m) => m.text);
    expect(posts.filter((t) => t.startsWith('*Team engaged*'))).toHaveLength(3);
    // Each event once, however many evaluations ran.
    expect(new Set(posts).size).toBe(posts.length);
    const view = await coordinationView(h.deps, AGENT, 'ITOPS-1');
    expect(view.warRoom).toMatchObject({ state: 'open', channelName: 'inc-itops-1-payments', url: expect.stringMatching(/^https:\/\/slack\.com\/app_redirect\?channel=C/), why: 'protocol Payments joint', notInSlack: ['sec-sam'] });
    const log = (await h.store.listEvents('ITOPS-1')).filter((e) => e.type === 'warRoomOpened');
    expect(log.map((e) => e.detail)).toEqual(['War room #inc-itops-1-payments opened in Slack (protocol Payments joint).']);
  });

  it('three invocations syncing at the same moment open one channel between them', async () => {
    const h = await warRooms();
    h.host.put(anIncident({ key: 'ITOPS-5', service: 'Intranet', summary: 'Intranet down', impact: 'Extensive / Widespread', urgency: 'Critical' }));
    const settings = await loadSettings(h.store, h.coordination);
    const record = (await h.host.getIncident('ITOPS-5'))!;
    const results = await Promise.all([1, 2, 3].map(() => syncWarRoom(h.deps, record.incident, record.state, settings)));
    expect(creates(h)).toBe(1);
    expect(channels(h).map((c) => c.name)).toEqual(['inc-itops-5-intranet']);
    expect(results.map((r) => r.kind).sort()).toEqual(['held', 'held', 'synced']);
  });

  it('takes the next name when Slack says the name is taken', async () => {
    const h = await warRooms();
    await h.slack.api.call(BOT_TOKEN, 'conversations.create', { name: 'inc-itops-1-payments' });
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'card payments failing' });
    expect(channels(h).map((c) => c.name)).toEqual(['inc-itops-1-payments', 'inc-itops-1-payments-2']);
    expect((await coordinationView(h.deps, AGENT, 'ITOPS-1')).warRoom?.channelName).toBe('inc-itops-1-payments-2');
  });

  it('a 429 stores Retry-After, arms the incident timer for it, and the timer carries on where it stopped', async () => {
    const h = await warRooms();
    h.slack.workspace.rateLimit('chat.postMessage', 1, 30);
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'card payments failing' });
    let view = await coordinationView(h.deps, AGENT, 'ITOPS-1');
    expect(view.warRoom).toMatchObject({ state: 'open', retryAt: new Date(T0 + 30_000).toISOString(), lastError: 'rate-limited by Slack; retrying after 30 s' });
    expect(h.queue.timers).toContainEqual({ incidentKey: 'ITOPS-1', delaySeconds: 30, dueAtMs: T0 + 30_000 });
    expect(channels(h)[0]!.messages).toHaveLength(0);
    // Before Retry-After nothing is called.
    const before = h.slack.calls.length;
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.slack.calls.length).toBe(before);
    h.clock.set(T0 + 30_000);
    await evaluateIncident(h.deps, 'ITOPS-1');
    view = await coordinationView(h.deps, AGENT, 'ITOPS-1');
    expect(view.warRoom).toMatchObject({ retryAt: null, lastError: null });
    expect(channels(h)[0]!.messages[0]!.pinned).toBe(true);
    expect(creates(h)).toBe(1);
  });

  it('is archived once the incident is resolved, after posting the resolution', async () => {
    const h = await warRooms();
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'card payments failing' });
    h.clock.advance(20);
    h.host.put(anIncident({ key: 'ITOPS-1', service: 'Payments', summary: 'Card payments failing', statusCategory: 'done' }));
    await evaluateIncident(h.deps, 'ITOPS-1');
    const [room] = channels(h);
    expect(room!.archived).toBe(true);
    expect(room!.messages.at(-1)!.text).toMatch(/^\*(Resolved|Team released)\*/);
    expect((await coordinationView(h.deps, AGENT, 'ITOPS-1')).warRoom?.state).toBe('archived');
    const calls = h.slack.calls.length;
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(h.slack.calls.length).toBe(calls);
  });
});

describe('when no war room opens', () => {
  it('a P1 without a protocol gets one; a P3 without one does not', async () => {
    const h = await warRooms();
    h.host.put(anIncident({ key: 'ITOPS-2', service: 'Intranet', impact: 'Extensive / Widespread', urgency: 'Critical' }));
    h.host.put(anIncident({ key: 'ITOPS-3', service: 'Intranet' }));
    await evaluateIncident(h.deps, 'ITOPS-2');
    await evaluateIncident(h.deps, 'ITOPS-3');
    expect(channels(h).map((c) => c.name)).toEqual(['inc-itops-2-intranet']);
  });

  it('a drill gets no production war room', async () => {
    const h = await warRooms();
    h.deps.drills = { getDrill: async (key: string) => (key === 'ITOPS-1' ? ({ incidentKey: key } as unknown as DrillRecord) : null) } as never;
    const settings = await loadSettings(h.store, h.coordination);
    const record = (await h.host.getIncident('ITOPS-1'))!;
    h.host.put({ ...record.incident, impact: 'Extensive / Widespread', urgency: 'Critical' });
    const r = await syncWarRoom(h.deps, { ...record.incident, impact: 'Extensive / Widespread', urgency: 'Critical' }, null, settings);
    expect(r).toEqual({ kind: 'none', reason: 'drills get no war room unless war rooms for drills are on' });
    expect(h.slack.calls).toEqual([]);
  });

  it('without a bot token the panel says so and Slack is not called', async () => {
    const h = await warRooms({ token: null });
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'card payments failing' });
    expect(h.slack.calls).toEqual([]);
    expect((await coordinationView(h.deps, AGENT, 'ITOPS-1')).warRoom).toMatchObject({ state: 'pending', lastError: expect.stringContaining('no Slack bot token') });
  });

  it('a wrong token is Slack\'s invalid_auth, shown on the panel and retried later rather than on every evaluation', async () => {
    const h = await warRooms({ token: 'xoxb-9999999999-wrongtoken' });
    await escalate(h.deps, AGENT, { issueKey: 'ITOPS-1', path: 'technical', level: 1, reason: 'card payments failing' });
    await evaluateIncident(h.deps, 'ITOPS-1');
    expect(creates(h)).toBe(1);
    expect((await coordinationView(h.deps, AGENT, 'ITOPS-1')).warRoom).toMatchObject({ state: 'pending', lastError: 'Slack refused conversations.create: invalid_auth' });
  });

  it('the bot token must look like one, named by field', async () => {
    const h = await warRooms();
    await expect(saveChannelSettings(h.deps, ADMIN, { settings: {}, secrets: { slackBotToken: 'https://hooks.slack.com/x' }, reason: 'oops' }))
      .rejects.toMatchObject({ code: 'INVALID', fields: [{ field: 'secrets.slackBotToken' }] });
  });
});
