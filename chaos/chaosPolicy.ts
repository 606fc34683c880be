import type { PolicyInput } from '../src/contracts/policy.js';

/** Who each level pages: three demo people, so every page is a distinct, countable email. */
export const LEVEL_TARGETS = ['sandbox-agent-ana', 'sandbox-lead-lena', 'sandbox-manager-maya'] as const;
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
 * incident nobody acknowledges ends with exactly three pages and a known label whatever
 * happened on the way. That makes "what the policy requires" a fact of the policy alone.
 */
export const chaosPolicy: PolicyInput = {
  id: 'chaos',
  name: 'Fault campaign policy',
  scope: { projects: ['ITOPS'], requestTypes: [], services: [] },
  triggers: [{ id: 'chaos-created', type: 'timeSinceCreated', minutes: TRIGGER_MINUTES }],
  paths: {
    technical: { levels: [level(LEVEL_TARGETS[0], 0, [{ kind: 'addLabel', label: 'escalated' }]), level(LEVEL_TARGETS[1], 10), level(LEVEL_TARGETS[2], 10)] },
    managerial: { levels: [level(LEVEL_TARGETS[2], 0)] },
    executive: { levels: [level(LEVEL_TARGETS[2], 0)] },
  },
  pathRules: [],
  defaultPath: 'technical',
};
