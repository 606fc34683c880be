import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { USERS } from './support/sandboxApi.js';
import { closeSession, openSession } from './support/session.js';
import { customUi, snap, waitForSurface } from './support/shell.js';

describe('the Apps page when the caller\'s sections cannot be loaded', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let failuresLeft = 1;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.agent));
    // The bridge's invoke of getMySurfaces fails once, as a function that timed out would; every other call goes through.
    await page.route('**/__sandbox/bridge/invoke', async (route: Route) => {
      if (failuresLeft > 0 && (route.request().postData() ?? '').includes('getMySurfaces')) {
        failuresLeft -= 1;
        await route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ message: 'The function timed out after 25 seconds' }) });
        return;
      }
      await route.continue();
    });
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('says the other sections could not be loaded, beside the escalations, instead of hiding them silently', async () => {
    await page.goto('/jira/apps/escalation-dashboard');
    await waitForSurface(page, 'escalation-dashboard');
    const ui = customUi(page);
    await ui.getByTestId('surfaces-error').waitFor();
    expect(await ui.getByTestId('surfaces-error').innerText()).toContain('could not be loaded');
    expect(await ui.getByTestId('tab-duties').count()).toBe(0);
    await snap(page, 'apps-page-surfaces-error');
  });

  it('offers the sections once Try again succeeds', async () => {
    const ui = customUi(page);
    await ui.getByTestId('surfaces-error').getByRole('button', { name: 'Try again' }).click();
    await ui.getByTestId('tab-duties').waitFor();
    expect(await ui.getByTestId('surfaces-error').count()).toBe(0);
    expect(failuresLeft).toBe(0);
  });
});
