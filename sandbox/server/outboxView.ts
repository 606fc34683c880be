import type { EgressDelivery } from '../forge/egress/egressOutbox.js';
import type { OutboxMessage } from '../jira/index.js';

/**
 * One message the app sent, captured instead of delivered. `channel`, `recipient` and `body` are
 * there for every channel; the rest depends on where the message went.
 */
export interface OutboxEntry {
  id: string;
  channel: 'email' | 'slack' | 'teams' | 'sms' | 'webhook';
  /** Virtual time, ISO. */
  at: string;
  /** Emails: who it went to, comma-separated. Webhooks: the URL. SMS: the `To` number. */
  recipient: string;
  /** Readable text: the email's text body, Slack text/blocks, Teams card text, SMS `Body`, the raw webhook body. */
  body: string | null;
  /** Emails only; null for egress (the app does not say which issue a webhook is about). */
  issueKey: string | null;
  sender: string;
  /** accountIds and group names an email went to; `[recipient]` for egress. */
  to: string[];
  subject: string | null;
  /** Egress: the decoded request body (Slack/Teams JSON, SMS form fields, webhook JSON). */
  payload?: unknown;
  /** Egress: what the receiver answered (an injected fault included); null when the connection failed. */
  status?: number | null;
  /** Egress: why no answer came back. */
  error?: string | null;
  raw: unknown;
}

type Json = Record<string, unknown>;
const obj = (v: unknown): Json => (typeof v === 'object' && v !== null ? (v as Json) : {});
const list = (v: unknown): Json[] => (Array.isArray(v) ? v.map(obj) : []);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Emails come from Jira's notify endpoint, which the site captures. */
export function emailEntry(m: OutboxMessage): OutboxEntry {
  const n = obj(m.notification);
  const to = obj(n.to);
  const recipients = [
    ...list(to.users).map((u) => String(u.accountId)),
    ...list(to.groups).map((g) => `group:${String(g.name ?? g.groupId)}`),
    ...(['assignee', 'reporter', 'watchers', 'voters'] as const).filter((k) => to[k] === true).map((k) => `${k}`),
  ];
  return {
    id: `email-${m.id}`,
    channel: 'email',
    at: new Date(m.created).toISOString(),
    recipient: recipients.join(', '),
    issueKey: m.issueKey,
    sender: m.sender,
    to: recipients,
    subject: str(n.subject),
    body: str(n.textBody) ?? str(n.htmlBody),
    raw: m.notification,
  };
}

/** Chat webhooks, SMS and other webhooks leave through Forge egress, which the runtime captures. */
export function egressEntry(d: EgressDelivery): OutboxEntry {
  return {
    id: `egress-${d.id}`,
    channel: d.channel,
    at: new Date(d.at).toISOString(),
    recipient: d.recipient,
    body: d.body,
    issueKey: null,
    sender: d.functionKey ? `app:${d.functionKey}` : 'app',
    to: [d.recipient],
    subject: null,
    payload: d.payload,
    status: d.status,
    error: d.error,
    raw: { method: d.method, url: d.url },
  };
}

/** Emails and egress in the order they were sent (virtual time; emails first on a tie). */
export function outboxEntries(emails: readonly OutboxMessage[], egress: readonly EgressDelivery[]): OutboxEntry[] {
  const all = [...emails.map(emailEntry), ...egress.map(egressEntry)];
  return all.map((e, i) => ({ e, i })).sort((a, b) => a.e.at.localeCompare(b.e.at) || a.i - b.i).map(({ e }) => e);
}
