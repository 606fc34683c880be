import type { TeamInput, TeamSummary } from '../../src/contracts/team.js';
import type { ProtocolInput } from '../../src/contracts/protocol.js';
import type { ScheduleDto } from '../../src/contracts/oncall.js';
import type { ChannelSettingsView } from '../../src/contracts/commsAdmin.js';
import type { TabletopScenarioInput } from '../../src/contracts/tabletop.js';
import { SANDBOX_SLACK_BOT_TOKEN } from '../slack/demoSlackWorkspace.js';

type Call = <T>(functionKey: string, payload: unknown) => Promise<T>;

const ANA = 'sandbox-agent-ana';
const BEN = 'sandbox-agent-ben';
const LENA = 'sandbox-lead-lena';
const OMAR = 'sandbox-lead-omar';
const MAYA = 'sandbox-manager-maya';
const DEV = 'sandbox-director-dev';
const CARLA = 'sandbox-cio-carla';

const rotation = (id: string, name: string, participants: string[]): ScheduleDto => ({
  id, name, timeZone: 'Europe/London', overrides: [],
  layers: [{ name: 'Weekly', rotation: { kind: 'weekly', handoffTime: '09:00', timeZone: 'Europe/London', participants, startDate: '2026-01-05' } }],
});

const SCHEDULES: ScheduleDto[] = [
  rotation('payments-app-oncall', 'Payments application on-call', [LENA, ANA]),
  rotation('network-oncall', 'Network on-call', [OMAR, BEN]),
  rotation('security-oncall', 'Security on-call', [LENA, OMAR]),
  rotation('finance-oncall', 'Finance operations duty', [CARLA, MAYA]),
];

/** The four demo teams: each with members, a liaison, a manager path, a rotation and OLA targets. */
export const DEMO_TEAMS: TeamInput[] = [
  { id: 'payments-app', name: 'Payments application', kind: 'application', members: [ANA, LENA], liaisons: [ANA], managers: [MAYA],
    scheduleId: 'payments-app-oncall', services: { owns: ['Payments'], dependsOn: [] }, ola: { engagementAckMinutes: 15, handoffAcceptMinutes: 20, calendarId: null } },
  { id: 'network', name: 'Core network', kind: 'network', members: [BEN, OMAR], liaisons: [BEN], managers: [DEV],
    scheduleId: 'network-oncall', services: { owns: [], dependsOn: [] }, ola: { engagementAckMinutes: 10, handoffAcceptMinutes: 15, calendarId: null } },
  { id: 'security', name: 'Security operations', kind: 'security', members: [OMAR, LENA], liaisons: [OMAR], managers: [DEV],
    scheduleId: 'security-oncall', services: { owns: [], dependsOn: [] }, ola: { engagementAckMinutes: 15, handoffAcceptMinutes: 15, calendarId: null } },
  { id: 'finance-ops', name: 'Finance operations', kind: 'businessUnit', members: [MAYA, CARLA], liaisons: [MAYA], managers: [CARLA],
    scheduleId: 'finance-oncall', services: { owns: [], dependsOn: ['Payments'] }, ola: { engagementAckMinutes: 30, handoffAcceptMinutes: 30, calendarId: 'london-office' } },
];

export const DEMO_PROTOCOL: ProtocolInput = {
  id: 'payments-joint', name: 'Payments joint response', enabled: true,
  when: { services: ['Payments'], includeDependencies: true, labels: [], components: [], priorities: ['P1', 'P2'] },
  teams: [{ teamId: 'payments-app', step: 1 }, { teamId: 'network', step: 1 }, { teamId: 'security', step: 1 }],
  engageServiceTeams: false, ordered: false, commanderRole: 'initiator',
};

/** The scenario library's demo: a Payments outage that spreads to the network, with one inject of each kind. */
export const DEMO_TABLETOP: TabletopScenarioInput = {
  id: 'payments-multi-domain', name: 'Payments multi-domain outage', policyId: 'itops-default', priority: 'P1',
  services: ['Payments'], teams: ['payments-app', 'network', 'security'], timeLimitMinutes: 90,
  injects: [
    { id: 'card-failures', atMinute: 0, kind: 'alert', to: 'liaison', text: 'Card authorisations failing for EU customers: error rate 38%' },
    { id: 'dns-latency', atMinute: 10, kind: 'dependencyAlert', to: 'liaison', text: 'Resolver latency alarms in the EU data centre that Payments depends on' },
    { id: 'cfo-question', atMinute: 20, kind: 'stakeholderQuestion', to: 'commander', text: 'The CFO asks how many customers are affected and when card payments will be back' },
    { id: 'acquirer-not-us', atMinute: 30, kind: 'vendorNotUs', to: 'commander', text: 'The card acquirer says their platform is healthy and the fault is on our side' },
    { id: 'status-page', atMinute: 40, kind: 'publicUpdateDecision', to: 'commsLead', text: 'Decide whether to post on the status page now, and what it says' },
  ],
};

/**
 * Seeds the coordination demo through the app's own resolvers (so it passes the same
 * validation): the teams' rotations, the teams, the Payments joint protocol and a tabletop scenario. Only while
 * the app has no team, so a restart never overwrites an admin's edits.
 */
export async function seedCoordination(call: Call): Promise<void> {
  const teams = await call<TeamSummary[]>('listTeams', {});
  if (teams.length) return;
  const schedules = await call<Array<{ schedule: { id: string } }>>('listSchedules', {});
  for (const s of SCHEDULES) {
    if (!schedules.some((x) => x.schedule.id === s.id)) await call('saveSchedule', { schedule: s, reason: 'Sandbox demo rotation' });
  }
  for (const team of DEMO_TEAMS) await call('saveTeam', { team, expectedVersion: 0, reason: 'Sandbox demo team' });
  await call('saveProtocol', { protocol: DEMO_PROTOCOL, expectedVersion: 0, reason: 'Payments outages are joint: application, network and security' });
  await call('saveTabletopScenario', { scenario: DEMO_TABLETOP, expectedVersion: 0, reason: 'Sandbox demo: the quarterly joint tabletop' });
  // The sandbox Slack workspace's bot token, with war rooms left off: the fault campaign and the
  // other demos run on this seed, and a war room's Slack calls under injected Jira latency push
  // their invocations past the time limit. Turn them on under Communications → Channels.
  const channels = await call<ChannelSettingsView>('getCommsChannels', {});
  if (!channels.secrets.slackBotToken.set) {
    await call('saveCommsChannels', {
      settings: { ...channels.settings, warRoom: { ...channels.settings.warRoom, enabled: false, minPriority: 'P1' } },
      secrets: { slackBotToken: SANDBOX_SLACK_BOT_TOKEN }, reason: 'Sandbox demo: war rooms in the sandbox Slack workspace',
    });
  }
}
