import type { PolicyInput } from '../src/contracts/policy.js';

/** Who each level pages: three demo people, so every page is a distinct, countable email. */
export const LEVEL_TARGETS = ['sandbox-agent-ana', 'sandbox-lead-lena', 'sandbox-manager-maya'] as const;
/**
 * The outbound channel each level also notifies (the responders' default template), one
 * channel per level so a delivery names its level: Slack, Teams, then SMS. These receivers
 * offer no idempotency key, so a repeat is a duplicate notification, counted apart.
 */
export const LEVEL_CHANNELS = ['slack', 'teams', 'sms'] as const;
export const CHAOS_HOSTS = { slack: 'hooks.slack.com', teams: 'chaos.webhook.office.com', sms: 'api.twilio.com' } as const;
export const TRIGGER_MINUTES = 5;

const level = (accountId: string, delayMinutes: number, actions: PolicyInput['paths']['technical']['levels'][number]['actions'] = []) => ({
  targets: [{ type: 'user' as const, accountId }],
  delayMinutes,
  ackTimeoutMinutes: 10,
  repeat: 0,
  actions,
});

/**
 * The campaign's policy: one path, a time trigger and three levels without repeats, so an
 * incident nobody acknowledges ends with exactly three pages, three channel messages and a
 * known label whatever happened on the way. That makes "what the policy requires" a fact of
 * the policy alone.
 */
export const chaosPolicy: PolicyInput = {
  id: 'chaos',
  name: 'Fault campaign policy',
  scope: { projects: ['ITOPS'], requestTypes: [], services: [] },
  triggers: [{ id: 'chaos-created', type: 'timeSinceCreated', minutes: TRIGGER_MINUTES }],
  paths: {
    technical: { levels: [
      level(LEVEL_TARGETS[0], 0, [{ kind: 'addLabel', label: 'escalated' }, { kind: 'notify', templateId: `default-responders-${LEVEL_CHANNELS[0]}` }]),
      level(LEVEL_TARGETS[1], 10, [{ kind: 'notify', templateId: `default-responders-${LEVEL_CHANNELS[1]}` }]),
      level(LEVEL_TARGETS[2], 10, [{ kind: 'notify', templateId: `default-responders-${LEVEL_CHANNELS[2]}` }]),
    ] },
    managerial: { levels: [level(LEVEL_TARGETS[2], 0)] },
    executive: { levels: [level(LEVEL_TARGETS[2], 0)] },
  },
  pathRules: [],
  defaultPath: 'technical',
};
