import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { openAdminTab } from './support/adminPage.js';
import { closeSession, openSession } from './support/session.js';
import { PANEL_MODULE, USERS } from './support/sandboxApi.js';
import { customUi, snap } from './support/shell.js';

const SUMMARIES = ['Payment gateway timeouts for EU customers', 'Payment gateway timeout at checkout', 'EU payment gateway timeouts again'];

describe('three related escalated incidents on a service raise one systemic problem, shown on the Recurrence page', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const keys: string[] = [];

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
    for (const summary of SUMMARIES) {
      const created = await sandbox.api.jira(USERS.agent, 'POST', '/rest/api/3/issue', {
        fields: { project: { key: 'ITOPS' }, issuetype: { id: '10001' }, summary, priority: { name: 'Medium' }, components: [{ name: 'Payments' }] },
      });
      expect(created.status).toBe(201);
      const key = String(created.body.key);
      keys.push(key);
      await sandbox.api.settle();
      const escalated = await sandbox.api.invoke(USERS.agent, PANEL_MODULE, 'escalate', { issueKey: key, path: 'technical', level: 1, reason: 'Checkout failing again' }, key);
      expect(escalated.body).toMatchObject({ ok: true, data: { state: { status: 'active' } } });
      await sandbox.api.advanceMinutes(15);
      const resolved = await sandbox.api.jira(USERS.agent, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id: '41' } });
      expect(resolved.status).toBe(204);
      await sandbox.api.settle();
    }
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('lists the cluster of three with its incidents and the Problem opened for it', async () => {
    await openAdminTab(page, 'recurrence', 'recurrence-page');
    const ui = customUi(page);
    const cluster = ui.locator(`[data-testid="recurrence-cluster"][data-cluster="${keys[0]}"]`);
    await cluster.waitFor();
    expect(await cluster.getAttribute('data-count')).toBe('3');
    expect(await cluster.getByTestId('recurrence-incident').allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^${keys[0]} Payment gateway timeouts for EU customers`)),
      expect.stringMatching(new RegExp(`^${keys[1]} Payment gateway timeout at checkout .*similar summary$`)),
      expect.stringMatching(new RegExp(`^${keys[2]} EU payment gateway timeouts again .*similar summary$`)),
    ]);
    const problemKey = await cluster.getByTestId('recurrence-problem').innerText();
    expect(problemKey).toMatch(/^ITOPS-\d+$/);
    expect(await cluster.getByTestId('recurrence-problem').getAttribute('href')).toBe(`/browse/${problemKey}`);
    await snap(page, 'recurrence-cluster');

    // In Jira: a Problem, linked to each of the three incidents, and each incident's log says so.
    const problem = await sandbox.api.jira(USERS.admin, 'GET', `/rest/api/3/issue/${problemKey}?fields=issuetype,labels,issuelinks,summary`);
    expect(problem.body.fields).toMatchObject({ issuetype: { name: 'Problem' }, labels: ['systemic-problem'], summary: 'Recurring incidents on Payments: Payment gateway timeouts for EU customers' });
    const linked = problem.body.fields.issuelinks.map((l: { inwardIssue?: { key: string } }) => l.inwardIssue?.key).sort();
    expect(linked).toEqual([...keys].sort());
    const panel = await sandbox.api.invoke(USERS.agent, PANEL_MODULE, 'getIncidentView', { issueKey: keys[2] }, keys[2]);
    expect(JSON.stringify(panel.body)).toContain(`Problem ${problemKey} opened: 3 related incidents on Payments`);
  });
});
