import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectBrowser } from './support/chromium.js';
import { startE2eSandbox, type E2eSandbox } from './support/e2eSandbox.js';
import { USERS, type DemoUser } from './support/sandboxApi.js';
import { customUi, signedInContext, snap, waitForSurface } from './support/shell.js';

type Module = 'admin' | 'projectSettings' | 'apps' | 'issuePanel';

const PAGES: Record<Exclude<Module, 'issuePanel'>, { path: string; nav: string; ready: string }> = {
  admin: { path: '/jira/settings/apps/escalation', nav: 'nav-escalation-admin', ready: 'policy-list' },
  projectSettings: { path: '/jira/servicedesk/projects/ITOPS/settings/apps/escalation', nav: 'nav-escalation-project-settings', ready: 'policy-list' },
  apps: { path: '/jira/apps/escalation-dashboard', nav: 'nav-escalation-dashboard', ready: 'apps-page' },
};

/**
 * What Jira itself would show each kind of person (Forge module reference): the admin page to
 * Jira administrators; a project settings page to that project's administrators; a global page
 * to everyone with access to Jira; the issue panel in the agent issue view. The auditor is the
 * service manager, mapped to the app's auditor role in beforeAll and no Jira or project admin.
 */
const EXPECTED: Array<[string, DemoUser, Record<Module, boolean>]> = [
  ['Jira admin', USERS.admin, { admin: true, projectSettings: true, apps: true, issuePanel: true }],
  ['ITOPS project admin', USERS.projectAdmin, { admin: false, projectSettings: true, apps: true, issuePanel: true }],
  ['agent (on call)', USERS.agent, { admin: false, projectSettings: false, apps: true, issuePanel: true }],
  ['auditor, not an admin', USERS.manager, { admin: false, projectSettings: false, apps: true, issuePanel: true }],
  ['portal customer', USERS.customer, { admin: false, projectSettings: false, apps: false, issuePanel: false }],
];

describe('each module is shown to the people Jira would show it to, and each role reaches its surface', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;

  beforeAll(async () => {
    [sandbox, browser] = await Promise.all([startE2eSandbox(), connectBrowser()]);
    const current = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'getRoleMapping', {});
    const mapping = current.body.data.mapping;
    mapping.auditor = { groups: ['itops-managers'], projectRoles: [] };
    const saved = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'saveRoleMapping', { mapping, reason: 'Service managers audit escalations' });
    expect(saved.body).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  describe.each(EXPECTED)('%s', (label, user, expected) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await signedInContext(browser, sandbox.url, user);
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('has a top-bar link to exactly the pages Jira would show', async () => {
      await page.goto('/');
      // The links arrive with the server's answer; the Queue link is there from the start.
      await page.locator('nav a[href="/outbox"]').waitFor();
      await page.waitForFunction(() => document.querySelector('nav')?.getAttribute('data-modules') === 'loaded');
      for (const [module, p] of Object.entries(PAGES)) {
        expect([module, await page.getByTestId(p.nav).count()]).toEqual([module, expected[module as Module] ? 1 : 0]);
      }
    });

    it.each(Object.keys(PAGES) as Array<keyof typeof PAGES>)('opens the %s page, or is told why not', async (module) => {
      const p = PAGES[module];
      await page.goto(p.path);
      if (expected[module]) {
        await waitForSurface(page, p.ready, { artifact: `visibility-${label}-${module}` });
      } else {
        await page.getByTestId('no-access').waitFor();
        expect(await page.locator('iframe.custom-ui').count()).toBe(0);
      }
    });

    it(`${expected.issuePanel ? 'shows' : 'does not show'} the issue panel`, async () => {
      await page.goto('/browse/ITOPS-2');
      if (expected.issuePanel) await waitForSurface(page, 'incident-panel', { artifact: `visibility-${label}-panel` });
      else await page.getByTestId('module-hidden').waitFor();
    });
  });

  it('lets an on-call agent who is no admin reach My duties from the Apps page', async () => {
    const context = await signedInContext(browser, sandbox.url, USERS.agent);
    try {
      const page = await context.newPage();
      await page.goto(PAGES.apps.path);
      await waitForSurface(page, 'apps-page');
      await (await waitForSurface(page, 'tab-duties')).click();
      await waitForSurface(page, 'my-duties-page');
      await snap(page, 'visibility-agent-duties');
    } finally {
      await context.close();
    }
  });

  it('lets the auditor who is no admin reach Governance and the access log from the Apps page', async () => {
    const context = await signedInContext(browser, sandbox.url, USERS.manager);
    try {
      const page = await context.newPage();
      await page.goto(PAGES.apps.path);
      await waitForSurface(page, 'apps-page');
      const ui = customUi(page);
      await (await waitForSurface(page, 'tab-governance')).click();
      await waitForSurface(page, 'governance');
      await ui.getByTestId('tab-access').click();
      await waitForSurface(page, 'access-log-refresh');
    } finally {
      await context.close();
    }
  });
});
