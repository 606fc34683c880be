import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { closeSession, openSession } from './support/session.js';
import { PANEL_MODULE, USERS } from './support/sandboxApi.js';
import { customUi, snap, waitForSurface } from './support/shell.js';

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

  const escalateButton = () => customUi(page).getByTestId('escalate-button');

  it('offers a customer with no app role no Escalate button that works', async () => {
    await page.goto(`/browse/${ISSUE}`);
    const ui = customUi(page);
    // Either the panel with its actions or its refusal to show them; never an enabled Escalate.
    await ui.getByTestId('escalate-button').or(ui.getByTestId('error-state')).first().waitFor();
    if (await escalateButton().count() > 0) expect(await escalateButton().isDisabled()).toBe(true);
    await snap(page, 'customer-panel');
  });

  it('refuses the escalate call sent straight to the resolver as that customer', async () => {
    const { status, body } = await sandbox.api.invoke(USERS.customer, PANEL_MODULE, 'escalate', escalateRequest, ISSUE);
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await sandbox.api.escalationProperty(USERS.agent, ISSUE)).toBeNull();
  });

  describe('once an admin makes the portal\'s customers viewers', () => {
    beforeAll(async () => {
      const current = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'getRoleMapping', {});
      expect(current.body).toMatchObject({ ok: true });
      const mapping = current.body.data.mapping;
      mapping.viewer.projectRoles = [...mapping.viewer.projectRoles, 'Service Desk Customers'];
      const saved = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'saveRoleMapping',
        { mapping, reason: 'Let reporters follow the escalation of their own requests' });
      expect(saved.body).toMatchObject({ ok: true });
    });

    it('shows the viewer Escalate disabled, with the reason beside it', async () => {
      await page.reload();
      await waitForSurface(page, 'escalate-button');
      expect(await escalateButton().isDisabled()).toBe(true);
      expect((await customUi(page).getByTestId('escalate-button-disabled-reason').innerText()).trim()).not.toBe('');
      await snap(page, 'viewer-escalate-disabled');
    });

    it('still refuses the escalate call sent straight to the resolver', async () => {
      const { body } = await sandbox.api.invoke(USERS.customer, PANEL_MODULE, 'escalate', escalateRequest, ISSUE);
      expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(await sandbox.api.escalationProperty(USERS.agent, ISSUE)).toBeNull();
    });
  });
});
