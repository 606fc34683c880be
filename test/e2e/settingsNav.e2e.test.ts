import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { chosenInPicker, confirmWithReason, pickFromDirectory } from './support/adminPage.js';
import { closeSession, openSession } from './support/session.js';
import { USERS } from './support/sandboxApi.js';
import { customUi, snap, waitForSurface } from './support/shell.js';

const ADMIN_MODULE = 'escalation-admin';
const POLICY = 'itops-default';
const BACKUPS = 'paths.technical.levels[0].backups';

interface PolicyRow { policy: { id: string; paths: { technical: { levels: Array<{ backups: unknown[] }> } } }; version: number }

describe('the settings app: grouped pages, search, deep links and people chosen from Jira', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  async function storedPolicy(): Promise<PolicyRow> {
    const { body } = await sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'listPolicies', {});
    const rows = (body as { data: PolicyRow[] }).data;
    const row = rows.find((r) => r.policy.id === POLICY);
    if (!row) throw new Error(`no policy ${POLICY}`);
    return row;
  }

  describe('navigation', () => {
    it('groups the pages by capability', async () => {
      await page.goto('/jira/settings/apps/escalation');
      await waitForSurface(page, 'policy-list');
      const nav = customUi(page).getByTestId('settings-nav');
      const groups = await nav.locator('h2').allInnerTexts();
      expect(groups.map((g) => g.toLowerCase())).toEqual(['escalation', 'on-call', 'alerts', 'communications', 'drills & reviews', 'access', 'governance', 'configuration']);
      expect(await nav.locator('[aria-current="page"]').innerText()).toBe('Policies');
    });

    it('finds the page that holds a setting by a word in it, and opens it at its own address', async () => {
      const ui = customUi(page);
      await ui.getByTestId('settings-search').fill('slack');
      const results = ui.getByTestId('settings-search-results');
      await results.getByTestId('settings-result-comms').waitFor();
      expect(await results.locator('button').count()).toBe(1);
      await snap(page, 'settings-search-slack');
      await results.getByTestId('settings-result-comms').click();
      await waitForSurface(page, 'page-comms');
      await page.waitForURL(/\/jira\/settings\/apps\/escalation\/comms$/);
      expect(await ui.getByTestId('settings-nav').locator('[aria-current="page"]').innerText()).toBe('Templates and channels');
    });

    it('opens a page straight from a link to it, and Back returns to the page before', async () => {
      await page.goto('/jira/settings/apps/escalation/schedules');
      await waitForSurface(page, 'page-schedules');
      await customUi(page).getByTestId('tab-roles').click();
      await waitForSurface(page, 'role-mapping');
      await page.waitForURL(/\/escalation\/roles$/);
      await page.goBack();
      await waitForSurface(page, 'page-schedules');
      expect(page.url()).toMatch(/\/escalation\/schedules$/);
    });
  });

  describe('people chosen from Jira in the policy editor', () => {
    let before = 0;

    it('adds a backup by searching Jira and choosing a name; typing an id chooses nothing', async () => {
      await page.goto('/jira/settings/apps/escalation/policies');
      await waitForSurface(page, 'policy-list');
      const ui = customUi(page);
      await ui.getByTestId(`policy-edit-${POLICY}`).click();
      await ui.getByTestId('policy-editor').waitFor();
      before = (await storedPolicy()).policy.paths.technical.levels[0]!.backups.length;
      await ui.getByTestId(`backup-${BACKUPS}-add`).click();
      const at = `${BACKUPS}[${before}]`;
      await ui.getByTestId(`field-${at}.type`).selectOption('user');
      // An account id is only a search here: Jira's user search matches names and emails, not ids.
      await ui.getByTestId(`field-${at}.accountId`).fill('sandbox-nobody');
      await ui.getByTestId(`options-${at}.accountId`).getByText('Nobody matches').waitFor();
      await ui.getByTestId(`field-${at}.accountId`).fill('');
      await pickFromDirectory(page, `${at}.accountId`, 'omar', 'Omar Lead');
      await snap(page, 'policy-backup-picked');
      await confirmWithReason(page, 'policy-save', 'policy-save-dialog', 'Omar backs up the first responder');
      await ui.getByTestId('policy-list').waitFor();
    });

    it('saved the backup as an account id', async () => {
      const row = await storedPolicy();
      expect(row.policy.paths.technical.levels[0]!.backups[before]).toEqual({ type: 'user', accountId: 'sandbox-lead-omar' });
    });

    it('shows the backup by name when the policy is opened again', async () => {
      await page.reload();
      await waitForSurface(page, 'policy-list');
      const ui = customUi(page);
      await ui.getByTestId(`policy-edit-${POLICY}`).click();
      await ui.getByTestId('policy-editor').waitFor();
      expect(await chosenInPicker(page, `${BACKUPS}[${before}].accountId`)).toEqual(['Omar Lead']);
    });

    it('the server refuses an account Jira does not know, naming the field', async () => {
      const row = await storedPolicy();
      const policy = structuredClone(row.policy);
      policy.paths.technical.levels[0]!.backups.push({ type: 'user', accountId: 'sandbox-nobody' });
      const { body } = await sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'savePolicy', { policy, expectedVersion: row.version, reason: 'typed by hand' });
      expect(body).toMatchObject({ ok: false, error: { code: 'INVALID', fields: [{
        field: `policy.${BACKUPS}[${before + 1}].accountId`, message: 'Jira has no active account "sandbox-nobody": choose a person from the list' }] } });
    });
  });
});
