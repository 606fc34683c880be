import { jira, post } from '../api.js';
import { clear, h } from '../dom.js';
import { showFlag } from '../flags.js';

const choice = (name: string, options: string[], selected: string) =>
  h('select', { name }, ...options.map((o) => h('option', { value: o, selected: o === selected }, o)));

/** Raising an incident in ITOPS as the signed-in user, as the Create dialog would. */
export function createPage(main: HTMLElement, navigate: (path: string) => void): void {
  const summary = h('input', { name: 'summary', required: true, placeholder: 'What is broken?' });
  const priority = choice('priority', ['Highest', 'High', 'Medium', 'Low', 'Lowest'], 'High');
  const service = choice('service', ['Payments', 'Email', 'Intranet', 'Mainframe billing'], 'Payments');
  const impact = choice('impact', ['Extensive / Widespread', 'Significant / Large', 'Moderate / Limited', 'Minor / Localized'], 'Significant / Large');
  const urgency = choice('urgency', ['Critical', 'High', 'Medium', 'Low'], 'High');
  const description = h('textarea', { name: 'description', rows: 4 });
  const submit = async (e: Event) => {
    e.preventDefault();
    try {
      const created = await jira<{ key: string }>('/rest/api/3/issue', post({
        fields: {
          project: { key: 'ITOPS' },
          issuetype: { name: 'Incident' },
          summary: summary.value,
          priority: { name: priority.value },
          components: [{ name: service.value }],
          customfield_10004: { value: impact.value },
          customfield_10005: { value: urgency.value },
          ...(description.value ? { description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: description.value }] }] } } : {}),
        },
      }));
      showFlag({ title: `${created.key} created`, type: 'success' });
      navigate(`/browse/${created.key}`);
    } catch (err) {
      showFlag({ title: 'Incident not created', description: (err as Error).message, type: 'error' });
    }
  };
  const field = (label: string, input: HTMLElement) => h('label', { class: 'form-field' }, h('span', {}, label), input);
  clear(main, h('h1', {}, 'Create incident'),
    h('form', { class: 'card form', onsubmit: submit },
      field('Summary', summary), field('Service', service), field('Priority', priority), field('Impact', impact), field('Urgency', urgency), field('Description', description),
      h('div', { class: 'actions' }, h('button', { class: 'primary', type: 'submit' }, 'Create'), h('a', { class: 'button', href: '/', 'data-nav': 'true' }, 'Cancel'))));
  summary.focus();
}
