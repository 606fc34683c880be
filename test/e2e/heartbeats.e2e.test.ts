import type { Browser, BrowserContext, Page } from 'playwright-core';
import { confirmWithReason, openAdminTab } from './support/adminPage.js';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { USERS } from './support/sandboxApi.js';
import { closeSession, openSession } from './support/session.js';
import { customUi, snap } from './support/shell.js';

describe('an admin sets up a heartbeat and watches a missed ping open an incident and a resumed one resolve it', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let url = '';
  let secret = '';
  const ping = async (token: string) => (await fetch(url, { method: 'POST', headers: { Authorization: `Bearer ${token}` } })).status;
  const row = (id: string) => customUi(page).locator(`[data-testid="heartbeat-row"][data-id="${id}"]`);

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('lists the seeded nightly backup job, up since the seed pinged it', async () => {
    await openAdminTab(page, 'heartbeats', 'heartbeat-list');
    await row('nightly-backup').waitFor();
    expect(await row('nightly-backup').getAttribute('data-health')).toBe('up');
    expect(await row('nightly-backup').innerText()).toContain('Nightly backup job');
    expect(await row('nightly-backup').getByTestId('heartbeat-last-ping').innerText()).not.toBe('—');
  });

  it('names the fields it refuses, then creates the heartbeat and shows its secret once and its URL to copy', async () => {
    const ui = customUi(page);
    await ui.getByTestId('heartbeat-new').click();
    await ui.getByTestId('field-name').fill('Hourly export');
    await ui.getByTestId('field-integrationId').selectOption('prometheus');
    await ui.getByTestId('field-intervalMinutes').fill('0');
    await confirmWithReason(page, 'heartbeat-save', 'heartbeat-save-dialog', 'exports must run hourly');
    await ui.getByText('must be at least 1 minute').first().waitFor();
    await ui.getByTestId('field-intervalMinutes').fill('60');
    await ui.getByTestId('field-graceMinutes').fill('5');
    await confirmWithReason(page, 'heartbeat-save', 'heartbeat-save-dialog', 'exports must run hourly');
    await ui.getByTestId('integration-secret-value').waitFor();
    secret = (await ui.getByTestId('integration-secret-value').innerText()).trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    await ui.getByTestId('heartbeat-details').waitFor();
    url = (await ui.getByTestId('heartbeat-url').innerText()).trim();
    expect(url).toBe(`${sandbox.url}/x/webtrigger/alert-ingest?heartbeat=hourly-export`);
    expect(await ui.getByTestId('heartbeat-example').innerText()).toContain("Authorization: Bearer <secret>");
    await row('hourly-export').waitFor();
    expect(await row('hourly-export').getAttribute('data-health')).toBe('waiting');
  });

  it('accepts a ping with the secret and refuses a wrong one', async () => {
    expect(await ping('not-the-secret-0123456789abcdef0123')).toBe(403);
    expect(await ping(secret)).toBe(202);
    await customUi(page).getByTestId('heartbeat-refresh').click();
    await row('hourly-export').and(customUi(page).locator('[data-health="up"]')).waitFor();
  });

  it('opens an incident once the interval and grace pass without a ping', async () => {
    await sandbox.api.advanceMinutes(66);
    await sandbox.api.settle();
    const ui = customUi(page);
    await ui.getByTestId('heartbeat-refresh').click();
    await row('hourly-export').and(ui.locator('[data-health="missed"]')).waitFor();
    const key = (await row('hourly-export').getByTestId('heartbeat-incident').innerText()).trim();
    expect(key).toMatch(/^ITOPS-\d+$/);
    const issue = await sandbox.api.jira(USERS.admin, 'GET', `/rest/api/3/issue/${key}?fields=summary,labels,status`);
    expect(issue.status).toBe(200);
    expect(issue.body.fields.summary).toContain('Heartbeat "Hourly export" missed');
    expect(issue.body.fields.labels).toContain('alert-prometheus');
    await snap(page, 'admin-heartbeat-missed');
  });

  it('resolves that incident when pings resume', async () => {
    const ui = customUi(page);
    const key = (await row('hourly-export').getByTestId('heartbeat-incident').innerText()).trim();
    expect(await ping(secret)).toBe(202);
    await sandbox.api.settle();
    await ui.getByTestId('heartbeat-refresh').click();
    await row('hourly-export').and(ui.locator('[data-health="up"]')).waitFor();
    expect(await row('hourly-export').getByTestId('heartbeat-incident').innerText()).toBe(`${key} (resolved)`);
    const issue = await sandbox.api.jira(USERS.admin, 'GET', `/rest/api/3/issue/${key}?fields=status`);
    expect(issue.body.fields.status.statusCategory.key).toBe('done');
  });

  it('runs the seeded synthetic check now: the hop table fills in, the page goes out as a drill, and the run passes', async () => {
    const ui = customUi(page);
    const check = ui.locator('[data-testid="synthetic-check"][data-id="prometheus-pager-path"]');
    await check.waitFor();
    expect(await check.innerText()).toContain('Not run yet');
    await ui.getByTestId('synthetic-run-prometheus-pager-path').click();
    const run = check.getByTestId('synthetic-run');
    await run.waitFor();
    expect(await run.getAttribute('data-status')).toBe('passed');
    expect(await check.getByTestId('synthetic-hop').evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-hop'), r.getAttribute('data-reached')])))
      .toEqual([['sent', 'true'], ['authenticated', 'true'], ['incident', 'true'], ['escalated', 'true'], ['paged', 'true']]);
    const drillKey = /drill (ITOPS-\d+)/.exec(await run.innerText())![1]!;
    const issue = await sandbox.api.jira(USERS.admin, 'GET', `/rest/api/3/issue/${drillKey}?fields=summary,labels,status`);
    expect(issue.body.fields.labels).toContain('escalation-drill');
    expect(issue.body.fields.summary).toMatch(/^\[DRILL\] /);
    expect(issue.body.fields.status.statusCategory.key).toBe('done');
    await snap(page, 'admin-synthetic-check-passed');
  });

  it('refuses a synthetic check that would run more often than every 15 minutes, beside the field', async () => {
    const ui = customUi(page);
    await ui.getByTestId('synthetic-new').click();
    await ui.getByTestId('synthetic-form').getByTestId('field-name').fill('Too often');
    await ui.getByTestId('synthetic-form').getByTestId('field-intervalMinutes').fill('5');
    await confirmWithReason(page, 'synthetic-save', 'synthetic-save-dialog', 'check every five minutes');
    await ui.getByTestId('synthetic-form').getByText(/must be at least 15 minutes/).first().waitFor();
  });
});
