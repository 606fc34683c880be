import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { closeSession, openSession } from './support/session.js';
import { PANEL_MODULE, USERS } from './support/sandboxApi.js';
import { customUi, signedInContext, snap, waitForSurface } from './support/shell.js';

// "Payment gateway timeouts for EU customers", reported by Chris Customer, who can see it.
const ISSUE = 'ITOPS-2';
const escalateRequest = { issueKey: ISSUE, path: 'executive', level: 2, reason: 'I want the CIO to look at this now' };

describe('someone without the initiator role cannot escalate, in the panel or around it', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.customer));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('shows a portal customer no escalation panel at all, as Jira keeps the issue view for agents', async () => {
    await page.goto(`/browse/${ISSUE}`);
    await page.getByTestId('module-hidden').waitFor();
    expect(await page.getByTestId('module-hidden').innerText()).toContain('The issue view is for agents of the project.');
    expect(await page.locator('iframe.custom-ui').count()).toBe(0);
    await snap(page, 'customer-panel');
  });

  it('refuses the escalate call sent straight to the panel as that customer: Jira never shows a portal customer the issue view', async () => {
    const { status } = await sandbox.api.invoke(USERS.customer, PANEL_MODULE, 'escalate', escalateRequest, ISSUE);
    expect(status).toBe(403);
    expect(await sandbox.api.escalationProperty(USERS.agent, ISSUE)).toBeNull();
  });

  describe('once an admin narrows the initiator role to the service managers', () => {
    let agentContext: BrowserContext;
    let agentPage: Page;

    beforeAll(async () => {
      const current = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'getRoleMapping', {});
      expect(current.body).toMatchObject({ ok: true });
      const mapping = current.body.data.mapping;
      mapping.initiator = { groups: ['itops-managers'], projectRoles: [] };
      const saved = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'saveRoleMapping',
        { mapping, reason: 'Only service managers start escalations by hand' });
      expect(saved.body).toMatchObject({ ok: true });
      agentContext = await signedInContext(browser, sandbox.url, USERS.agent);
      agentPage = await agentContext.newPage();
    });
    afterAll(() => agentContext?.close());

    it('shows an agent, who now holds no initiator role, Escalate disabled with the reason beside it', async () => {
      await agentPage.goto(`/browse/${ISSUE}`);
      await waitForSurface(agentPage, 'escalate-button');
      const ui = customUi(agentPage);
      expect(await ui.getByTestId('escalate-button').isDisabled()).toBe(true);
      expect((await ui.getByTestId('escalate-button-disabled-reason').innerText()).trim()).not.toBe('');
      await snap(agentPage, 'viewer-escalate-disabled');
    });

    it('refuses that agent\'s escalate call sent straight to the resolver, on the server', async () => {
      const { status, body } = await sandbox.api.invoke(USERS.agent, PANEL_MODULE, 'escalate', escalateRequest, ISSUE);
      expect(status).toBe(200);
      expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await sandbox.api.escalationProperty(USERS.agent, ISSUE)).toBeNull();
    });
  });
});
