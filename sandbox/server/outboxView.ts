import type { OutboxMessage } from '../jira/index.js';

/** One message the app sent, captured instead of delivered. */
export interface OutboxEntry {
  id: string;
  channel: 'email' | 'chat' | 'sms';
  at: string;
  issueKey: string | null;
  sender: string;
  /** accountIds and group names the message went to. */
  to: string[];
  subject: string | null;
  body: string | null;
  raw: unknown;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * Emails come from Jira's notify endpoint, which the site captures. Chat webhooks and SMS will
 * join this list when the app gains those channels (they leave through egress, which the
 * runtime does not capture yet).
 */
export function emailEntry(m: OutboxMessage): OutboxEntry {
  const n = obj(m.notification);
  const to = obj(n.to);
  return {
    id: `email-${m.id}`,
    channel: 'email',
    at: new Date(m.created).toISOString(),
    issueKey: m.issueKey,
    sender: m.sender,
    to: [
      ...list(to.users).map((u) => String(u.accountId)),
      ...list(to.groups).map((g) => `group:${String(g.name ?? g.groupId)}`),
      ...(['assignee', 'reporter', 'watchers', 'voters'] as const).filter((k) => to[k] === true).map((k) => `${k}`),
    ],
    subject: str(n.subject),
    body: str(n.textBody) ?? str(n.htmlBody),
    raw: m.notification,
  };
}
