import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectBrowser } from './support/chromium.js';
import { startE2eSandbox, type E2eSandbox } from './support/e2eSandbox.js';
import { PANEL_MODULE, USERS } from './support/sandboxApi.js';
import { byTestIdWith, customUi, signedInContext, snap, waitForSurface } from './support/shell.js';

// "Out-of-office replies not sent": low priority, so nothing else moves it while the test runs.
const ISSUE = 'ITOPS-16';

describe('the issue panel warns when the escalation property was changed outside the app', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [sandbox, browser] = await Promise.all([startE2eSandbox(), connectBrowser()]);
    const escalated = await sandbox.api.invoke(USERS.agent, PANEL_MODULE, 'escalate',
      { issueKey: ISSUE, path: 'technical', level: 1, reason: 'Executives are missing customer mail' }, ISSUE);
    expect(escalated.body).toMatchObject({ ok: true, data: { state: { status: 'active' } } });
    // Past the window in which a mismatch may just be the app's own mirror write still landing.
    await sandbox.api.advanceMinutes(2);
    // The attack: an agent with Edit issues forges an acknowledgement straight into the property.
    const current = await sandbox.api.escalationProperty(USERS.agent, ISSUE);
    const put = await sandbox.api.jira(USERS.agent, 'PUT', `/rest/api/3/issue/${ISSUE}/properties/escalation`,
      { ...current, status: 'acknowledged', acknowledgedBy: USERS.agent.accountId });
    expect(put.status).toBeLessThan(300);
    context = await signedInContext(browser, sandbox.url, USERS.lead);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await sandbox?.close();
  });

  it('shows the warning, and the escalation still active from app storage', async () => {
    await page.goto(`/browse/${ISSUE}`);
    const ui = customUi(page);
    await waitForSurface(page, 'status-lozenge');
    await byTestIdWith(ui, 'status-lozenge', 'data-status', 'active').waitFor();
    const warning = ui.getByTestId('tamper-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/escalation property was edited directly \(tampered\)/);
    await snap(page, 'tamper-warning-panel');
    expect((await sandbox.api.escalationProperty(USERS.agent, ISSUE))?.status).toBe('active');
  });
});
