import { sandbox } from '../api.js';
import { clear, h, lozenge } from '../dom.js';

interface OutboxEntry {
  id: string; channel: string; at: string; recipient: string; issueKey: string | null;
  subject: string | null; body: string | null; status?: number | null; error?: string | null;
}

/** Delivery result for egress: the receiver's status, or why nothing came back. Emails have none. */
function result(m: OutboxEntry): string {
  if (m.error) return m.error;
  return m.status === undefined || m.status === null ? '' : `HTTP ${m.status}`;
}

/** Everything the app sent, captured: nothing leaves the sandbox. */
export async function outboxPage(main: HTMLElement): Promise<void> {
  const list = h('div', {});
  const render = async () => {
    const entries = (await sandbox<OutboxEntry[]>('/__sandbox/outbox')).reverse();
    clear(list, entries.length ? h('table', { class: 'queue' },
      h('thead', {}, h('tr', {}, ...['When (virtual)', 'Channel', 'Issue', 'Recipient', 'Message', 'Result'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...entries.map((m) => h('tr', { 'data-channel': m.channel },
        h('td', { class: 'nowrap' }, new Date(m.at).toLocaleString()),
        h('td', {}, lozenge(m.channel, 'moved')),
        h('td', {}, m.issueKey ? h('a', { href: `/browse/${m.issueKey}`, 'data-nav': 'true' }, m.issueKey) : '—'),
        h('td', {}, m.recipient),
        h('td', {}, h('strong', {}, m.subject ?? ''), h('div', { class: 'muted' }, m.body ?? '')),
        h('td', { class: 'nowrap' }, result(m)))))) : h('p', { class: 'muted' }, 'Nothing sent yet. Move the clock forward to let the sweep escalate something.'));
  };
  clear(main, h('h1', {}, 'Outbox'), h('p', { class: 'muted' }, 'Emails (Jira notify), Slack, Teams, SMS and webhooks the app sent — captured, never delivered.'), list);
  await render();
  main.addEventListener('sandbox:refresh', () => void render());
}
