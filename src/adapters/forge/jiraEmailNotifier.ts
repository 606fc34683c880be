import type { Client } from 'jira.js/core';
import { notify } from 'jira.js/cloud';
import type { Notifier, PageMessage } from '../../ports/notifier.js';

/**
 * Pages by email through Jira's issue notify endpoint: users by accountId, groups by name.
 * Team and schedule targets need the on-call work to resolve them to people; until then they
 * are reported, not silently dropped.
 */
export class JiraEmailNotifier implements Notifier {
  constructor(private readonly client: Client) {}

  async page(m: PageMessage): Promise<void> {
    const users = m.targets.flatMap((t) => (t.type === 'user' ? [{ accountId: t.accountId }] : []));
    const groups = m.targets.flatMap((t) => (t.type === 'group' ? [{ name: t.groupName }] : []));
    const unresolved = m.targets.filter((t) => t.type === 'team' || t.type === 'schedule');
    if (unresolved.length) console.warn(`${m.incidentKey}: cannot page ${unresolved.map((t) => t.type).join(', ')} targets yet`);
    if (!users.length && !groups.length) return;
    await notify(this.client, {
      issueIdOrKey: m.incidentKey,
      subject: m.subject,
      textBody: m.body,
      to: { users, groups, reporter: false, assignee: false, watchers: false, voters: false },
    });
  }
}
