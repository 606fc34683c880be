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
    // A user with an acknowledgement link gets their own copy: the link acknowledges in their name.
    const links = new Map((m.ackLinks ?? []).map((l) => [l.accountId, l.url]));
    for (const u of users.filter((x) => links.has(x.accountId))) {
      await this.send(m, `${m.body}\n\nAcknowledge now: ${links.get(u.accountId)}\n(This link works once, for you only.)`, [u], []);
    }
    const rest = users.filter((x) => !links.has(x.accountId));
    if (rest.length || groups.length) await this.send(m, m.body, rest, groups);
  }

  private async send(m: PageMessage, textBody: string, users: Array<{ accountId: string }>, groups: Array<{ name: string }>): Promise<void> {
    await notify(this.client, {
      issueIdOrKey: m.incidentKey,
      subject: m.subject,
      textBody,
      to: { users, groups, reporter: false, assignee: false, watchers: false, voters: false },
    });
  }
}
