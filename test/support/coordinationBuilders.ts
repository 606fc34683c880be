import { TeamSchema, type Team, type TeamInput } from '../../src/contracts/team.js';
import { ProtocolSchema, type Protocol, type ProtocolInput } from '../../src/contracts/protocol.js';
import type { Schedule } from '../../src/domain/oncall/schedule.js';
import type { CoordinationContext } from '../../src/domain/coordination/coordinationContext.js';
import { aConfig, T0 } from './builders.js';

const TEAMS: Record<string, TeamInput> = {
  application: { id: 'application', name: 'Payments application', kind: 'application', members: ['app-ana', 'app-art'], liaisons: ['app-ana'], managers: ['app-boss'],
    scheduleId: 'app-oncall', services: { owns: ['Payments'], dependsOn: ['Core network', 'Identity'] }, ola: { engagementAckMinutes: 15, handoffAcceptMinutes: 20 } },
  network: { id: 'network', name: 'Network', kind: 'network', members: ['net-ned', 'net-nia'], liaisons: ['net-nia'], managers: ['net-boss'],
    scheduleId: null, services: { owns: ['Core network'], dependsOn: [] }, ola: { engagementAckMinutes: 10, handoffAcceptMinutes: 15 } },
  security: { id: 'security', name: 'Security', kind: 'security', members: ['sec-sam'], liaisons: ['sec-sam'], managers: ['sec-boss'],
    services: { owns: ['Identity'], dependsOn: ['Core network'] }, ola: { engagementAckMinutes: 15, handoffAcceptMinutes: 15 } },
  finance: { id: 'finance', name: 'Finance operations', kind: 'businessUnit', members: ['fin-fay', 'fin-fox'], liaisons: ['fin-fox'], managers: ['fin-boss'],
    ola: { engagementAckMinutes: 30, handoffAcceptMinutes: 30, calendarId: 'london-office' } },
};

export function aTeam(id: keyof typeof TEAMS, overrides: Partial<TeamInput> = {}): Team {
  return TeamSchema.parse({ ...TEAMS[id], ...overrides });
}

export const allTeams = (): Team[] => Object.keys(TEAMS).map((id) => aTeam(id));

export function aProtocol(overrides: Partial<ProtocolInput> = {}): Protocol {
  return ProtocolSchema.parse({
    id: 'payments-joint', name: 'Payments joint response', when: { services: ['Payments'] },
    teams: [{ teamId: 'application' }, { teamId: 'network' }, { teamId: 'security' }], ...overrides,
  });
}

/** Daily 09:00 London rotation from 1 November: on 27 November (shift 27) app-art is on call. */
export const appSchedule: Schedule = {
  id: 'app-oncall', name: 'Payments app on-call', timeZone: 'Europe/London', overrides: [],
  layers: [{ name: 'Primary', rotation: { kind: 'daily', handoffTime: '09:00', timeZone: 'Europe/London', participants: ['app-art', 'app-ana'], startDate: '2026-11-01' } }],
};

export function aCoordinationContext(overrides: Partial<CoordinationContext> = {}): CoordinationContext {
  return {
    incidentKey: 'ITOPS-7',
    teams: new Map(allTeams().map((t) => [t.id, t])),
    schedules: new Map([[appSchedule.id, appSchedule]]),
    calendars: new Map(aConfig().calendars.map((c) => [c.id, c])),
    bridge: 'https://meet.example.com/payments',
    customerSlaBreached: false,
    now: T0,
    ...overrides,
  };
}

/** The configuration with the services the teams own. */
export const coordinationConfig = () => aConfig({ services: [...aConfig().services, { name: 'Core network', criticality: 'mission-critical' }, { name: 'Identity', criticality: 'mission-critical' }] });
