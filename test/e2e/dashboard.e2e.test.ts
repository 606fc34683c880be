import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { closeSession, openSession } from './support/session.js';
import { PANEL_MODULE, USERS } from './support/sandboxApi.js';
import { customUi, customUiFrame, snap, waitForSurface } from './support/shell.js';

const ISSUE = 'ITOPS-6';
/** The dashboard polls every 10 s; two polls and a margin before calling the row missing. */
const TWO_POLLS_MS = 25_000;

describe('the escalation dashboard picks up a new escalation by itself', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.agent));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('lists an incident escalated after the page loaded, without a reload', async () => {
    await page.goto('/jira/apps/escalation-dashboard');
    const ui = customUi(page);
    await waitForSurface(page, 'dashboard-updated', { artifact: 'dashboard-error-state' });
    const row = ui.locator(`[data-testid="dashboard-row"][data-issue-key="${ISSUE}"]`);
    expect(await row.count()).toBe(0);

    // Marks on the shell and in the frame: a reload of either would wipe them.
    const frame = await customUiFrame(page);
    await page.evaluate(() => { (window as unknown as { e2eMark: string }).e2eMark = 'shell'; });
    await frame.evaluate(() => { (window as unknown as { e2eMark: string }).e2eMark = 'frame'; });

    const escalated = await sandbox.api.invoke(USERS.agent, PANEL_MODULE, 'escalate',
      { issueKey: ISSUE, path: 'technical', level: 1, reason: 'Search outage reported by three offices' }, ISSUE);
    expect(escalated.body).toMatchObject({ ok: true });

    await row.waitFor({ timeout: TWO_POLLS_MS });
    expect(await row.getByTestId('row-status').getAttribute('data-status')).toBe('active');
    expect(await page.evaluate(() => (window as unknown as { e2eMark?: string }).e2eMark)).toBe('shell');
    expect(await frame.evaluate(() => (window as unknown as { e2eMark?: string }).e2eMark)).toBe('frame');
    await snap(page, 'dashboard-new-escalation');
  });
});
