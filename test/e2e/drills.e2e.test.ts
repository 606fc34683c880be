import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { openAdminTab } from './support/adminPage.js';
import { closeSession, openSession } from './support/session.js';
import { USERS } from './support/sandboxApi.js';
import { customUi, snap } from './support/shell.js';

describe('an admin schedules a drill, runs it and follows it hop by hop', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('schedules a programme', async () => {
    await openAdminTab(page, 'drills', 'drills-tab');
    const ui = customUi(page);
    await ui.getByTestId('field-programme.name').fill('Night drill');
    await ui.getByTestId('field-programme.window').selectOption('outOfHours');
    await ui.getByTestId('save-programme').click();
    await ui.getByTestId('programme-night-drill').waitFor();
    expect(await ui.getByTestId('programme-night-drill').innerText()).toMatch(/out of hours/);
  });

  it('runs the seeded programme now and watches the hop table fill in as the virtual clock advances', async () => {
    const ui = customUi(page);
    await ui.getByTestId('run-itops-quarterly').click();
    await ui.getByTestId('hop-table').waitFor();
    await ui.getByTestId('hop-row').first().waitFor();
    expect(await ui.getByTestId('hop-row').count()).toBe(1);
    expect(await ui.getByTestId('hop-row').first().innerText()).toMatch(/technical level 1/);
    // Level 1 was told not to acknowledge: after its timeout the policy climbs to level 2.
    await sandbox.api.advanceMinutes(40);
    await sandbox.api.settle();
    await ui.getByTestId('hop-row').nth(1).waitFor({ timeout: 20_000 });
    expect(await ui.getByTestId('hop-table').innerText()).toMatch(/technical level 2/);
    await snap(page, 'drill-hop-table');
  });

  it('records a facilitator finding and opens its Jira task', async () => {
    const ui = customUi(page);
    await ui.getByTestId('field-text').fill('Level 1 runbook lacks the dial-in number');
    await ui.getByRole('button', { name: 'Add runbook finding' }).click();
    const finding = ui.getByTestId('finding-row').filter({ hasText: 'dial-in number' });
    await finding.waitFor();
    await finding.getByRole('button', { name: 'Open task' }).click();
    await finding.filter({ hasText: /ITOPS-\d+ \(open\)/ }).waitFor();
    const key = /ITOPS-\d+/.exec(await finding.innerText())![0];
    const task = await sandbox.api.jira(USERS.admin, 'GET', `/rest/api/3/issue/${key}?fields=summary,issuelinks`);
    expect(task.status).toBe(200);
    expect(JSON.stringify(task.body)).toMatch(/Update runbook: Level 1 runbook lacks the dial-in number/);
  });
});
