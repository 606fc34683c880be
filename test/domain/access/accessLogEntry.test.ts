import { accessLogEntry } from '../../../src/domain/access/accessLogEntry.js';
import { can } from '../../../src/domain/access/can.js';

const at = new Date('2026-03-16T10:00:00Z');

describe('accessLogEntry', () => {
  it('records a denied attempt with who, what, when, the issue and the reason shown', () => {
    const attempt = { accountId: 'acc-ana', roles: ['viewer'] as const, action: 'escalate' as const, issueKey: 'INC-7' };
    expect(accessLogEntry(attempt, can(attempt.roles, attempt.action), at)).toEqual({
      accountId: 'acc-ana',
      roles: ['viewer'],
      action: 'escalate',
      issueKey: 'INC-7',
      at: '2026-03-16T10:00:00.000Z',
      outcome: 'denied',
      reason: 'escalate needs the escalation initiator or policy admin role; you have: viewer',
    });
  });

  it('leaves out the issue key for actions that are not about an issue, and the reason when allowed', () => {
    const attempt = { accountId: 'acc-bo', roles: ['policyAdmin'] as const, action: 'editPolicies' as const };
    expect(accessLogEntry(attempt, can(attempt.roles, attempt.action), at)).toEqual({
      accountId: 'acc-bo',
      roles: ['policyAdmin'],
      action: 'editPolicies',
      at: '2026-03-16T10:00:00.000Z',
      outcome: 'allowed',
    });
  });
});
