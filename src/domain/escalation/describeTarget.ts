import type { Target } from '../../contracts/policy.js';

/**
 * How a target is named in logs and communication records: the account id for a person (the
 * log keeps ids; screens resolve names), the kind and id for anything else.
 *
 * @example
 * describeTarget({ type: 'schedule', scheduleId: 'ops-primary' }) // => 'schedule ops-primary'
 */
export function describeTarget(t: Target): string {
  switch (t.type) {
    case 'user': return t.accountId;
    case 'group': return `group ${t.groupName}`;
    case 'team': return `team ${t.teamId}`;
    case 'schedule': return `schedule ${t.scheduleId}`;
  }
}
