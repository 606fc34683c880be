import { jira, post } from '../api.js';
import { customUiFrame } from '../customUiFrame.js';
import { clear, h, lozenge } from '../dom.js';
import { showFlag } from '../flags.js';
import { shellModules } from '../moduleAccess.js';
import { currentUser } from '../session.js';
import { escalationCell, priorityCell, SLA_FIELDS, slaCell, statusLozenge, type IssueSummary } from './issueBits.js';

interface Comment { id: string; body: string; public: boolean; author: { displayName: string }; created: { friendly: string } }
interface Transition { id: string; name: string }

const FIELDS = `summary,priority,status,assignee,reporter,components,labels,created,customfield_10004,customfield_10005,${SLA_FIELDS}`;

/** `/browse/<KEY>`: the issue's fields, its comments (internal ones marked) and the app's issue panel. */
export async function issuePage(main: HTMLElement, navigate: (path: string) => void, params: Record<string, string>): Promise<void> {
  const key = params.key ?? '';
  const details = h('div', { class: 'issue-main' });
  const side = h('aside', { class: 'issue-side' });
  // Jira puts the issue panel in the agent's issue view only; a portal customer never sees it.
  const panelModule = (await shellModules().catch(() => [])).find((m) => m.moduleKey === 'escalation-issue-panel');
  const panel = panelModule && !panelModule.visible
    ? h('p', { class: 'subtle', 'data-testid': 'module-hidden' }, panelModule.hiddenBecause ?? 'Jira would not show this panel to you.')
    : customUiFrame({ moduleKey: 'escalation-issue-panel', url: '/ui/panel/index.html', issueKey: key, title: 'Escalation' }, navigate, 360);
  clear(main, h('div', { class: 'crumbs' }, h('a', { href: '/', 'data-nav': 'true' }, 'IT Operations'), ' / ', key),
    h('div', { class: 'issue-layout' }, h('div', {}, details, h('section', { class: 'card' }, h('h3', {}, 'Escalation'), panel), comments(key)), side));

  const load = async () => {
    try {
      const issue = await jira<IssueSummary>(`/rest/api/3/issue/${key}?fields=${FIELDS}&properties=escalation`);
      const transitions = await jira<{ transitions: Transition[] }>(`/rest/api/3/issue/${key}/transitions`).catch(() => ({ transitions: [] }));
      const f = issue.fields;
      clear(details, h('h1', {}, f.summary),
        h('div', { class: 'actions' }, ...transitions.transitions.map((t) => h('button', { onclick: async () => {
          try {
            await jira(`/rest/api/3/issue/${key}/transitions`, post({ transition: { id: t.id } }));
            await load();
          } catch (err) {
            showFlag({ title: `Could not ${t.name.toLowerCase()}`, description: (err as Error).message, type: 'error' });
          }
        } }, t.name))));
      const row = (label: string, value: Node | string) => h('div', { class: 'field' }, h('span', { class: 'label' }, label), h('span', {}, value));
      clear(side, h('section', { class: 'card' }, h('h3', {}, 'Details'),
        row('Status', statusLozenge(f.status)),
        row('Priority', priorityCell(f.priority)),
        row('Service', (f.components ?? []).map((c) => c.name).join(', ') || '—'),
        row('Impact', f.customfield_10004?.value ?? '—'),
        row('Urgency', f.customfield_10005?.value ?? '—'),
        row('Assignee', f.assignee?.displayName ?? 'Unassigned'),
        row('Reporter', f.reporter?.displayName ?? '—'),
        row('Labels', (f.labels ?? []).join(', ') || '—'),
        row('Time to first response', slaCell(f.customfield_10031)),
        row('Time to resolution', slaCell(f.customfield_10030)),
        row('Escalation', escalationCell(issue.properties?.escalation))));
    } catch (err) {
      clear(details, h('h1', {}, key), h('p', { class: 'error' }, `You cannot see this issue as the current user: ${(err as Error).message}`));
      panel.remove();
    }
  };
  await load();
  main.addEventListener('sandbox:refresh', () => {
    void load();
    main.querySelector('.comments')?.replaceWith(comments(key));
  });
}

function comments(key: string): HTMLElement {
  const list = h('div', { class: 'comment-list' }, h('p', { class: 'muted' }, 'Loading…'));
  const text = h('textarea', { rows: 3, placeholder: 'Add a comment…' });
  // Customers can only reply; internal notes are for the service desk team.
  const canNote = currentUser().role !== 'Customer';
  const internal = h('input', { type: 'checkbox', checked: canNote });
  const load = async () => {
    try {
      const page = await jira<{ values: Comment[] }>(`/rest/servicedeskapi/request/${key}/comment?limit=100`);
      clear(list, ...page.values.map((c) => h('div', { class: c.public ? 'comment' : 'comment internal' },
        h('div', { class: 'comment-head' }, h('strong', {}, c.author.displayName), ' ', h('span', { class: 'muted' }, c.created.friendly), ' ',
          c.public ? lozenge('Reply to customer', 'new') : lozenge('Internal note', 'moved')),
        h('p', {}, c.body))));
      if (!page.values.length) clear(list, h('p', { class: 'muted' }, 'No comments yet.'));
    } catch (err) {
      clear(list, h('p', { class: 'error' }, (err as Error).message));
    }
  };
  void load();
  const add = async () => {
    if (!text.value.trim()) return;
    try {
      await jira(`/rest/servicedeskapi/request/${key}/comment`, post({ body: text.value, public: !internal.checked }));
      text.value = '';
      await load();
    } catch (err) {
      showFlag({ title: 'Comment not added', description: (err as Error).message, type: 'error' });
    }
  };
  return h('section', { class: 'card comments' }, h('h3', {}, 'Activity'), list,
    h('div', { class: 'comment-form' }, text, canNote ? h('label', {}, internal, ' Internal note') : null, h('button', { class: 'primary', onclick: add }, 'Save')));
}
