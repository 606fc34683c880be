import type { Browser, Page } from 'playwright-core';
import { blockingViolations } from './support/axe.js';
import { connectBrowser } from './support/chromium.js';
import { startE2eSandbox, type E2eSandbox } from './support/e2eSandbox.js';
import { PANEL_MODULE, USERS, type DemoUser } from './support/sandboxApi.js';
import { customUi, customUiFrame, signedInContext, snap, waitForSurface, type Theme } from './support/shell.js';

// Escalated before the audit, so the panel shows its countdowns, timeline and SLAs.
const ISSUE = 'ITOPS-6';

interface Surface {
  name: string;
  user: DemoUser;
  path: string;
  ready: string;
  /** Brings the surface into the state worth auditing once it has rendered. */
  open?: (page: Page) => Promise<void>;
}

const SURFACES: Surface[] = [
  { name: 'panel', user: USERS.agent, path: `/browse/${ISSUE}`, ready: 'timeline' },
  { name: 'escalate-dialog', user: USERS.agent, path: `/browse/${ISSUE}`, ready: 'escalate-button', open: async (page) => {
    await customUi(page).getByTestId('escalate-button').click();
    await customUi(page).getByTestId('escalate-reason').waitFor();
  } },
  { name: 'admin', user: USERS.admin, path: '/jira/settings/apps/escalation', ready: 'policy-list' },
  { name: 'policy-editor', user: USERS.admin, path: '/jira/settings/apps/escalation', ready: 'policy-list', open: async (page) => {
    await customUi(page).getByTestId('policy-edit-itops-default').click();
    await customUi(page).getByTestId('policy-editor').waitFor();
  } },
  { name: 'dashboard', user: USERS.agent, path: '/jira/apps/escalation-dashboard', ready: 'dashboard-table' },
];
const THEMES: Theme[] = ['light', 'dark'];
const CASES = SURFACES.flatMap((surface) => THEMES.map((theme) => ({ surface, theme })));

describe('axe-core finds no serious or critical violations in the Custom UI', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;

  beforeAll(async () => {
    [sandbox, browser] = await Promise.all([startE2eSandbox(), connectBrowser()]);
    const escalated = await sandbox.api.invoke(USERS.agent, PANEL_MODULE, 'escalate',
      { issueKey: ISSUE, path: 'technical', level: 1, reason: 'Search outage reported by three offices' }, ISSUE);
    expect(escalated.body).toMatchObject({ ok: true });
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('reports a known critical violation, so a clean result means something', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent('<!doctype html><html lang="en"><title>t</title><main><img src="data:,"><button></button></main></html>');
      const found = await blockingViolations(page.mainFrame());
      expect(found.map((line) => line.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
    } finally {
      await context.close();
    }
  });

  it.each(CASES.map((c) => [c.surface.name, c.theme, c] as const))('%s in the %s theme', async (_name, _theme, { surface, theme }) => {
    const context = await signedInContext(browser, sandbox.url, surface.user, theme);
    try {
      const page = await context.newPage();
      await page.goto(surface.path);
      await waitForSurface(page, surface.ready, { artifact: `axe-${surface.name}-${theme}-error-state` });
      await surface.open?.(page);
      const frame = await customUiFrame(page);
      // The audit means little unless the frame really took the theme asked for.
      expect(await frame.evaluate(() => document.documentElement.getAttribute('data-color-mode'))).toBe(theme);
      const violations = await blockingViolations(frame);
      await snap(page, `axe-${surface.name}-${theme}`);
      expect(violations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
