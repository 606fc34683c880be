import type { RenderedMessage } from '../templates/renderTemplate.js';

export interface NotifyRecipients {
  readonly accountIds?: readonly string[];
  readonly groupIds?: readonly string[];
}

/** The body of Jira's `POST /rest/api/3/issue/{key}/notify`, which sends email to named users. */
export interface JiraNotifyBody {
  readonly subject: string;
  readonly textBody: string;
  readonly to: {
    readonly users: readonly { readonly accountId: string }[];
    readonly groups: readonly { readonly groupId: string }[];
    readonly reporter: false;
    readonly assignee: false;
    readonly watchers: false;
    readonly voters: false;
  };
}

/**
 * Builds a Jira notify body for an email message. Only the named recipients get it: the
 * reporter, assignee, watchers and voters are switched off so an internal update never
 * reaches a customer by way of the issue's own roles.
 *
 * @example
 * jiraNotifyBody({ channel: 'email', subject: 'P1 ITOPS-7', body: 'DB down', truncated: false, missing: [] },
 *   { accountIds: ['5b10ac8d82e05b22cc7d4ef5'] }).to.users // => [{ accountId: '5b10ac8d82e05b22cc7d4ef5' }]
 */
export function jiraNotifyBody(message: RenderedMessage, recipients: NotifyRecipients): JiraNotifyBody {
  if (message.channel !== 'email') throw new Error(`a message rendered for ${message.channel} cannot be sent as email`);
  const users = [...new Set(recipients.accountIds ?? [])].map((accountId) => ({ accountId }));
  const groups = [...new Set(recipients.groupIds ?? [])].map((groupId) => ({ groupId }));
  if (users.length + groups.length === 0) throw new Error('an email needs at least one user or group');
  return {
    subject: message.subject ?? '',
    textBody: message.body,
    to: { users, groups, reporter: false, assignee: false, watchers: false, voters: false },
  };
}
