import type { EscalationConfigInput } from '../../src/contracts/config.js';
import type { PolicyInput } from '../../src/contracts/policy.js';

const DAY = 86_400_000;
const user = (accountId: string) => ({ type: 'user' as const, accountId });
const level = (accountId: string, delayMinutes: number, actions: PolicyInput['paths']['technical']['levels'][number]['actions'] = []) => ({
  targets: [user(accountId)],
  delayMinutes,
  ackTimeoutMinutes: 15,
  repeat: 0,
  actions,
});

/**
 * The demo site's services and its one legacy exception, laid over whatever configuration the
 * app starts with (its priority matrix and criticality rules stay the app's own defaults).
 */
export function demoConfig(base: EscalationConfigInput, now: number): EscalationConfigInput {
  const week = Object.fromEntries(['1', '2', '3', '4', '5'].map((d) => [d, [{ start: '09:00', end: '17:00' }]]));
  return {
    ...base,
    services: [
      { name: 'Payments', criticality: 'mission-critical', ownerAccountId: 'sandbox-lead-lena' },
      { name: 'Email', criticality: 'business-critical', ownerAccountId: 'sandbox-lead-omar' },
      { name: 'Intranet', criticality: 'standard', ownerAccountId: 'sandbox-lead-omar' },
      { name: 'Mainframe billing', criticality: 'legacy', calendarId: 'london-office', ownerAccountId: 'sandbox-manager-maya' },
    ],
    calendars: [{ id: 'london-office', name: 'London office hours', timeZone: 'Europe/London', week, holidays: [] }],
    exceptions: [{
      id: 'mainframe-billing',
      services: ['Mainframe billing'],
      components: [],
      triggers: [{ id: 'mainframe-2h', type: 'timeSinceCreated', minutes: 120, calendarId: 'london-office' }],
      reason: 'The billing batch runs on a vendor-managed mainframe with its own support contract and next-business-day response.',
      ownerAccountId: 'sandbox-manager-maya',
      expiresAt: new Date(now + 180 * DAY).toISOString(),
    }],
  };
}

/** The default escalation policy for ITOPS: three paths, P1 to executives, P2 to managers. */
export const demoPolicy: PolicyInput = {
  id: 'itops-default',
  name: 'IT Operations incidents',
  scope: { projects: ['ITOPS'], requestTypes: [], services: [] },
  triggers: [
    { id: 'ttr-75', type: 'slaPercent', metric: 'Time to resolution', percent: 75 },
    { id: 'ttfr-breached', type: 'slaBreached', metric: 'Time to first response' },
  ],
  paths: {
    technical: { levels: [
      level('sandbox-agent-ana', 0, [{ kind: 'assign' }, { kind: 'addLabel', label: 'escalated' }]),
      level('sandbox-lead-lena', 30),
      level('sandbox-manager-maya', 30),
    ] },
    managerial: { levels: [level('sandbox-manager-maya', 0, [{ kind: 'addLabel', label: 'escalated' }]), level('sandbox-director-dev', 30)] },
    executive: { levels: [level('sandbox-director-dev', 0, [{ kind: 'addLabel', label: 'major-incident' }]), level('sandbox-cio-carla', 15)] },
  },
  pathRules: [{ when: { priorities: ['P1'] }, path: 'executive' }, { when: { priorities: ['P2'] }, path: 'managerial' }],
  defaultPath: 'technical',
};
