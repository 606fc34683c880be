import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { USERS } from './support/sandboxApi.js';
import { closeSession, openSession } from './support/session.js';
import { customUi, snap, waitForSurface } from './support/shell.js';

const DASHBOARD_MODULE = 'escalation-dashboard';
const DASHBOARD = '/jira/apps/escalation-dashboard';

/* eslint-disable @typescript-eslint/no-explicit-any -- resolver replies are JSON under test */
describe('a stakeholder follows and unfollows a service from the dashboard', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  // A manager: a business stakeholder, not an agent.
  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.manager));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  const followed = async (): Promise<string[]> => {
    const reply = await sandbox.api.invoke(USERS.manager, DASHBOARD_MODULE, 'getMySubscriptions', {});
    expect(reply.body).toMatchObject({ ok: true });
    return (reply.body as any).data.subscriptions.map((s: any) => s.service);
  };

  const paymentsRow = async (following: boolean) => {
    await waitForSurface(page, 'subscription-row', { artifact: 'subscriptions-error-state' });
    const row = customUi(page).locator(`[data-testid="subscription-row"][data-service="Payments"][data-following="${following}"]`);
    await row.waitFor();
    return row;
  };

  it('follows Payments, still sees it followed after a reload, then unfollows it', async () => {
    await page.goto(DASHBOARD);
    let row = await paymentsRow(false);
    expect(await followed()).toEqual([]);

    await row.getByTestId('subscription-toggle').click();
    row = await paymentsRow(true);
    expect(await row.getByTestId('subscription-toggle').innerText()).toBe('Unfollow Payments');
    expect(await followed()).toEqual(['Payments']);

    await page.reload();
    row = await paymentsRow(true);
    expect(await row.getByTestId('subscription-state').innerText()).toMatch(/^Since /);
    await snap(page, 'subscriptions-following-payments');

    await row.getByTestId('subscription-toggle').click();
    row = await paymentsRow(false);
    expect(await followed()).toEqual([]);

    await page.reload();
    await paymentsRow(false);
  });
});
