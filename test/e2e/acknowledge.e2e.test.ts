import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectBrowser } from './support/chromium.js';
import { startE2eSandbox, type E2eSandbox } from './support/e2eSandbox.js';
import { PANEL_MODULE, USERS } from './support/sandboxApi.js';
import { byTestIdWith, customUi, signedInContext, snap, waitForSurface } from './support/shell.js';

// "Out-of-office replies not sent": low priority, so no SLA breach restarts anything while time passes.
const ISSUE = 'ITOPS-16';

describe('a responder acknowledges an escalation from the issue panel', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    [sandbox, browser] = await Promise.all([startE2eSandbox(), connectBrowser()]);
    // Technical level 2 pages Lena Lead, the responder who acknowledges below.
    const escalated = await sandbox.api.invoke(USERS.agent, PANEL_MODULE, 'escalate',
      { issueKey: ISSUE, path: 'technical', level: 2, reason: 'Executives are missing customer mail' }, ISSUE);
    expect(escalated.body).toMatchObject({ ok: true, data: { state: { status: 'active', level: 2 } } });
    context = await signedInContext(browser, sandbox.url, USERS.lead);
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await sandbox?.close();
  });

  const timelineTypes = async () => (await customUi(page).getByTestId('timeline-item').evaluateAll(
    (items) => items.map((li) => li.getAttribute('data-type')))) as string[];

  it('counts down to the acknowledgement deadline while waiting', async () => {
    await page.goto(`/browse/${ISSUE}`);
    const ui = customUi(page);
    await waitForSurface(page, 'status-lozenge');
    await byTestIdWith(ui, 'status-lozenge', 'data-status', 'active').waitFor();
    await ui.getByTestId('ack-countdown').waitFor();
    await ui.getByTestId('next-level-countdown').waitFor();
    await snap(page, 'acknowledge-panel-before');
  });

  it('stops the countdowns once acknowledged', async () => {
    const ui = customUi(page);
    await ui.getByTestId('acknowledge-button').click();
    await byTestIdWith(ui, 'status-lozenge', 'data-status', 'acknowledged').waitFor();
    await byTestIdWith(ui, 'timeline-item', 'data-type', 'acknowledged').waitFor();
    await ui.getByTestId('ack-countdown').waitFor({ state: 'detached' });
    await ui.getByTestId('next-level-countdown').waitFor({ state: 'detached' });
    await snap(page, 'acknowledge-panel-after');
  });

  it('does not page the next level when its delay passes', async () => {
    const before = await timelineTypes();
    // Level 3 would fire 30 minutes after level 2; the sweeps during the advance run too.
    await sandbox.api.advanceMinutes(45);
    await sandbox.api.sweep();

    await page.reload();
    const ui = customUi(page);
    await waitForSurface(page, 'status-lozenge');
    await byTestIdWith(ui, 'status-lozenge', 'data-status', 'acknowledged').waitFor();
    expect(await ui.getByTestId('escalation-path-level').innerText()).toMatch(/level 2/);
    expect(await ui.getByTestId('ack-countdown').count()).toBe(0);
    expect(await timelineTypes()).toEqual(before);
    expect(await sandbox.api.escalationProperty(USERS.agent, ISSUE)).toMatchObject({ status: 'acknowledged', level: 2 });
  });
});
