import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { closeSession, openSession } from './support/session.js';
import { USERS } from './support/sandboxApi.js';
import { customUi, snap, waitForSurface } from './support/shell.js';

const ADMIN_MODULE = 'escalation-admin';
const POLICY = 'itops-default';
const LEVEL_2_DELAY = 'paths.technical.levels[1].delayMinutes';

describe('an admin simulates an unsaved draft and backtests it', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('shows who the draft would page, when and how, without saving it', async () => {
    await page.goto('/jira/settings/apps/escalation');
    const ui = customUi(page);
    await waitForSurface(page, 'policy-list');
    await ui.getByTestId(`policy-edit-${POLICY}`).click();
    await ui.getByTestId('policy-editor').waitFor();
    await ui.getByTestId(`field-${LEVEL_2_DELAY}`).fill('10');
    await ui.getByTestId('policy-simulate').click();
    await ui.getByTestId('simulator').waitFor();
    await ui.getByTestId('field-incident.service').selectOption('Intranet');
    await ui.getByTestId('field-incident.priority').selectOption('P3');
    await ui.getByTestId('field-incident.createdAt').fill('2026-11-25T14:00');
    await ui.getByTestId('field-incident.slaGoals[0].goalMinutes').fill('60');
    await ui.getByTestId('simulator-run').click();
    await ui.getByTestId('simulator-sequence').waitFor();
    const rows = await ui.getByTestId('simulator-page').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll("td")).slice(0, 4).map((td) => td.textContent)));
    // The first-response SLA breaches at 15:00; the draft's level 2 follows 10 minutes later, level 3 30 after that.
    expect(rows).toEqual([
      ['2026-11-25 15:00', 'technical 1 · page', 'Ana Agent', 'email'],
      ['2026-11-25 15:10', 'technical 2 · page', 'Lena Lead', 'email'],
      ['2026-11-25 15:40', 'technical 3 · page', 'Maya Manager', 'email'],
    ]);
    expect(await ui.getByTestId('simulator-summary').innerText()).toMatch(/3 page\(s\).*first page after 60 min/);
    await ui.getByTestId('simulator-result').scrollIntoViewIfNeeded();
    await snap(page, 'simulator-draft-sequence');
    const { body } = await sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'listPolicies', {});
    const policies = (body as { data: Array<{ policy: { id: string }; version: number }> }).data;
    expect(policies.find((p) => p.policy.id === POLICY)?.version).toBe(1);
  });

  it('backtests the draft over incidents the sweep escalated', async () => {
    await sandbox.api.sweep();
    const ui = customUi(page);
    await ui.getByTestId('backtest-run').click();
    await ui.getByTestId('backtest-result').waitFor();
    const replayed = await ui.getByTestId('backtest-totals').locator('tr', { hasText: 'Incidents replayed' }).locator('td').first().innerText();
    expect(Number(replayed)).toBeGreaterThan(0);
    await ui.getByTestId('backtest-result').scrollIntoViewIfNeeded();
    await snap(page, 'simulator-backtest');
  });

  it('simulates a saved version from the Simulator tab', async () => {
    await page.goto('/jira/settings/apps/escalation');
    const ui = customUi(page);
    await waitForSurface(page, 'policy-list');
    await ui.getByTestId('tab-simulator').click();
    await ui.getByTestId('simulator-tab').waitFor();
    await ui.getByTestId('field-version').selectOption('1');
    await ui.getByTestId('field-incident.service').selectOption('Intranet');
    await ui.getByTestId('field-incident.priority').selectOption('P3');
    await ui.getByTestId('field-incident.createdAt').fill('2026-11-25T14:00');
    await ui.getByTestId('simulator-run').click();
    await ui.getByTestId('simulator-sequence').waitFor();
    // Version 1 as seeded: level 2 thirty minutes after level 1.
    const times = await ui.getByTestId('simulator-page').evaluateAll((trs) => trs.map((tr) => tr.querySelector('td')?.textContent));
    expect(times).toEqual(['2026-11-25 15:00', '2026-11-25 15:30', '2026-11-25 16:00']);
    expect(await ui.getByTestId('simulator-result').locator('h3').innerText()).toMatch(/IT Operations incidents version 1/);
  });
});
