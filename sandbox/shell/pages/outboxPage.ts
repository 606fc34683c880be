import { sandbox } from '../api.js';
import { clear, h, lozenge } from '../dom.js';

interface OutboxEntry { id: string; channel: string; at: string; issueKey: string | null; to: string[]; subject: string | null; body: string | null }

/** Everything the app sent, captured: nothing leaves the sandbox. */
export async function outboxPage(main: HTMLElement): Promise<void> {
  const list = h('div', {});
  const render = async () => {
    const entries = (await sandbox<OutboxEntry[]>('/__sandbox/outbox')).reverse();
    clear(list, entries.length ? h('table', { class: 'queue' },
      h('thead', {}, h('tr', {}, ...['When (virtual)', 'Channel', 'Issue', 'To', 'Message'].map((t) => h('th', {}, t)))),
      h('tbody', {}, ...entries.map((m) => h('tr', {},
        h('td', { class: 'nowrap' }, new Date(m.at).toLocaleString()),
        h('td', {}, lozenge(m.channel, 'moved')),
        h('td', {}, m.issueKey ? h('a', { href: `/browse/${m.issueKey}`, 'data-nav': 'true' }, m.issueKey) : '—'),
        h('td', {}, m.to.join(', ')),
        h('td', {}, h('strong', {}, m.subject ?? ''), h('div', { class: 'muted' }, m.body ?? '')))))) : h('p', { class: 'muted' }, 'Nothing sent yet. Move the clock forward to let the sweep escalate something.'));
  };
  clear(main, h('h1', {}, 'Outbox'), h('p', { class: 'muted' }, 'Emails (Jira notify), chat webhooks and SMS the app sent — captured, never delivered.'), list);
  await render();
  main.addEventListener('sandbox:refresh', () => void render());
}
