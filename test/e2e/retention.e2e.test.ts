import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEFAULT_RETENTION } from '../../src/contracts/retention.js';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { blockingViolations } from './support/axe.js';
import { closeSession, openSession } from './support/session.js';
import { USERS } from './support/sandboxApi.js';
import { customUi, customUiFrame, snap, waitForSurface } from './support/shell.js';

const ADMIN_MODULE = 'escalation-admin';
// An agent is not a Jira administrator: the Apps page is where they could try.
const APPS_MODULE = 'escalation-dashboard';

describe('retention: an admin sets how long records are kept, places a legal hold, and sees what the daily purge deleted', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('refuses a retention change to an agent, on the server', async () => {
    const { body } = await sandbox.api.invoke(USERS.agent, APPS_MODULE, 'saveRetention', { days: DEFAULT_RETENTION, baseVersion: 0, reason: 'mine now' });
    expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('names an out-of-bounds period beside its field, then saves a new version', async () => {
    await page.goto('/jira/settings/apps/escalation/retention');
    await waitForSurface(page, 'retention');
    const ui = customUi(page);
    await ui.getByTestId('field-days.accessLog').fill('30');
    await ui.getByTestId('field-reason').fill('Two years of access log for the auditors');
    await ui.getByTestId('retention-save').click();
    expect(await ui.getByTestId('error-days.accessLog').innerText()).toMatch(/at least 90 days/);
    await ui.getByTestId('field-days.accessLog').fill('730');
    await ui.getByTestId('retention-save').click();
    await ui.getByTestId('retention-saved').waitFor();
    expect(await ui.getByTestId('retention-versions').innerText()).toContain('Version 1');
    expect(await ui.getByTestId('retention-accessLog').innerText()).toContain('purged daily');
  });

  it('places a legal hold on an incident (a bad key is refused beside its field) and keeps it listed', async () => {
    const ui = customUi(page);
    await ui.getByTestId('field-scope.issueKey').fill('itops one');
    await ui.getByTestId('field-hold.reason').fill('Customer claim 2291');
    await ui.getByTestId('hold-place').click();
    expect(await ui.getByTestId('error-scope.issueKey').innerText()).toBe('must be a Jira issue key like ITOPS-12');
    await ui.getByTestId('field-scope.issueKey').fill('ITOPS-1');
    await ui.getByTestId('hold-place').click();
    await ui.getByTestId('holds-table').getByText('Incident ITOPS-1').waitFor();
    expect(await ui.getByTestId('holds-table').innerText()).toContain('Active');
  });

  it('runs the daily purge: the seeded records past retention are deleted and recorded by type, count and dates', async () => {
    const run = await fetch(`${sandbox.url}/__sandbox/scheduled/governance-daily/run`, { method: 'POST' });
    expect(run.status).toBe(200);
    await sandbox.api.settle();
    await page.reload();
    await waitForSurface(page, 'retention');
    const ui = customUi(page);
    await ui.getByTestId('purges-table').waitFor();
    const text = await ui.getByTestId('purges-table').innerText();
    expect(text).toMatch(/Escalation events\s+\d+/);
    expect(await ui.getByTestId('purges').innerText()).toMatch(/Last run \d{4}-\d{2}-\d{2} finished/);
    const log = await sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'listAccessLog', { limit: 100 });
    expect(JSON.stringify(log.body)).toContain('placeLegalHold');
    await snap(page, 'retention');
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await blockingViolations(await customUiFrame(page))).toEqual([]);
  });
});
