import { jira } from '../api.js';
import { clear, h } from '../dom.js';
import { escalationCell, priorityCell, SLA_FIELDS, slaCell, statusLozenge, type IssueSummary } from './issueBits.js';

const VIEWS = [
  { label: 'Open incidents', jql: 'project = ITOPS AND statusCategory != Done ORDER BY created DESC' },
  { label: 'Escalated', jql: 'project = ITOPS AND issue.property[escalation].status = "active" ORDER BY created DESC' },
  { label: 'All incidents', jql: 'project = ITOPS ORDER BY created DESC' },
];

/** The ITOPS queue: priority, SLA time left and the escalation the app recorded on each issue. */
export async function queuePage(main: HTMLElement): Promise<void> {
  let view = VIEWS[0]!;
  const table = h('div', { class: 'table-wrap' }, h('p', { class: 'muted' }, 'Loading…'));
  const tabs = h('div', { class: 'tabs' });
  const render = async () => {
    clear(tabs, ...VIEWS.map((v) => h('button', { class: v === view ? 'tab active' : 'tab', onclick: () => { view = v; void render(); } }, v.label)));
    try {
      const q = new URLSearchParams({ jql: view.jql, maxResults: '100', properties: 'escalation', fields: `summary,priority,status,assignee,components,${SLA_FIELDS}` });
      const page = await jira<{ issues: IssueSummary[] }>(`/rest/api/3/search/jql?${q}`);
      clear(table, page.issues.length ? issueTable(page.issues) : h('p', { class: 'muted' }, 'No incidents here.'));
    } catch (err) {
      clear(table, h('p', { class: 'error' }, `Could not load the queue: ${(err as Error).message}`));
    }
  };
  clear(main,
    h('div', { class: 'page-head' }, h('h1', {}, 'IT Operations · Incidents'), h('a', { class: 'button primary', href: '/create', 'data-nav': 'true' }, 'Create incident')),
    tabs, table);
  await render();
  main.addEventListener('sandbox:refresh', () => void render());
}

function issueTable(issues: IssueSummary[]): HTMLElement {
  return h('table', { class: 'queue' },
    h('thead', {}, h('tr', {}, ...['Key', 'Summary', 'Service', 'Priority', 'Status', 'Assignee', 'Time to first response', 'Time to resolution', 'Escalation'].map((t) => h('th', {}, t)))),
    h('tbody', {}, ...issues.map((i) => h('tr', {},
      h('td', {}, h('a', { href: `/browse/${i.key}`, 'data-nav': 'true' }, i.key)),
      h('td', {}, h('a', { href: `/browse/${i.key}`, 'data-nav': 'true', class: 'summary' }, i.fields.summary)),
      h('td', {}, (i.fields.components ?? []).map((c) => c.name).join(', ')),
      h('td', {}, priorityCell(i.fields.priority)),
      h('td', {}, statusLozenge(i.fields.status)),
      h('td', {}, i.fields.assignee?.displayName ?? h('span', { class: 'muted' }, 'Unassigned')),
      h('td', {}, slaCell(i.fields.customfield_10031)),
      h('td', {}, slaCell(i.fields.customfield_10030)),
      h('td', {}, escalationCell(i.properties?.escalation)),
    ))));
}
