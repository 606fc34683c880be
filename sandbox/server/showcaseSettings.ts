import type { EscalationConfigInput } from '../../src/contracts/config.js';
import type { PolicyInput } from '../../src/contracts/policy.js';
import { BACKUP_SCHEDULE_ID, PRIMARY_SCHEDULE_ID } from '../seed/onCallRotations.js';
import { demoConfig, demoPolicy } from './defaultEscalationSettings.js';

/** The bridge lines the showcase opens for P1 and P2: Payments has its own war room. */
export const SHOWCASE_BRIDGE = {
  global: { url: 'https://meet.example.test/itops-major-incident', dialIn: '+44 20 7946 0000,,246810#' },
  payments: { url: 'https://meet.example.test/payments-war-room', dialIn: '+44 20 7946 0111,,135790#' },
} as const;

/** The demo configuration plus a conference bridge for P1 and P2. */
export function showcaseConfig(base: EscalationConfigInput, now: number): EscalationConfigInput {
  return {
    ...demoConfig(base, now),
    bridge: { openAtOrAbove: 'P2', global: SHOWCASE_BRIDGE.global, services: { Payments: SHOWCASE_BRIDGE.payments }, joinMinutes: 10, escalateAfterMinutes: 10 },
  };
}

const user = (accountId: string) => ({ type: 'user' as const, accountId });
type Level = PolicyInput['paths']['executive']['levels'][number];

/**
 * P1: the primary on-call at once by email, Slack and SMS (with the bridge, which opens for P1),
 * a follow-up 15 minutes later, the backup on-call 15 minutes after that, then the managers
 * (Teams too), then the CIO. A level's delay counts from the previous level's first page, so
 * the managers' 45 minutes leave room for the follow-up and the backup page before them.
 */
const onCall: Level = {
  name: 'On-call',
  targets: [{ type: 'schedule', scheduleId: PRIMARY_SCHEDULE_ID }],
  backups: [{ type: 'schedule', scheduleId: BACKUP_SCHEDULE_ID }],
  delayMinutes: 0,
  ackTimeoutMinutes: 15,
  repeat: 1,
  actions: [
    { kind: 'assign' },
    { kind: 'addLabel', label: 'major-incident' },
    { kind: 'notify', templateId: 'default-responders-slack' },
    { kind: 'notify', templateId: 'default-responders-sms' },
  ],
};
const managers: Level = {
  name: 'Managers',
  targets: [user('sandbox-manager-maya'), user('sandbox-director-dev')],
  delayMinutes: 45,
  ackTimeoutMinutes: 15,
  repeat: 0,
  actions: [{ kind: 'notify', templateId: 'default-management-teams' }],
};
const cio: Level = { name: 'CIO', targets: [user('sandbox-cio-carla')], delayMinutes: 30, ackTimeoutMinutes: 15, repeat: 0, actions: [] };

/**
 * The showcase's default policy: the demo policy (same id, so drills and the other demos still
 * name it) whose P1 path starts the moment an incident is P1, instead of when an SLA runs low.
 */
export const showcasePolicy: PolicyInput = {
  ...demoPolicy,
  triggers: [{ id: 'p1-at-once', type: 'priorityAtLeast', priority: 'P1' }, ...demoPolicy.triggers],
  paths: { ...demoPolicy.paths, executive: { levels: [onCall, managers, cio] } },
};
