import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { confirmWithReason, openAdminTab } from './support/adminPage.js';
import { USERS } from './support/sandboxApi.js';
import { closeSession, openSession } from './support/session.js';
import { customUi, snap } from './support/shell.js';

const TEMPLATE = 'default-business-email';

describe('an admin edits a communication template in the Communications tab', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('an unknown variable is refused on save, with its line and column beside the body', async () => {
    await openAdminTab(page, 'comms', 'comms-templates');
    const ui = customUi(page);
    await ui.getByTestId(`template-edit-${TEMPLATE}`).click();
    await ui.getByTestId('template-editor').waitFor();
    await ui.getByTestId('field-template.body').fill('Hello,\n{{key}} is owned by {{ownr}}.');
    await confirmWithReason(page, 'template-save', 'reason-dialog', 'Name the owner for business readers');
    const error = ui.getByTestId('error-template.body');
    await error.waitFor();
    expect(await error.textContent()).toContain('unknown variable {{ownr}} at line 2, column 21');
    await snap(page, 'comms-template-unknown-variable');
    // Nothing was saved: the server still has the shipped default.
    const { body } = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'listCommsTemplates', {});
    expect(body).toMatchObject({ ok: true });
    const stored = (body.data as { templates: Array<{ id: string; version: number; isDefault: boolean }> }).templates.find((t) => t.id === TEMPLATE);
    expect(stored).toMatchObject({ version: 1, isDefault: true });
  });

  it('a corrected draft previews with a real incident\'s values', async () => {
    const ui = customUi(page);
    await ui.getByTestId('field-template.body').fill('{{key}} on {{service}}: {{summary}}');
    await ui.getByTestId('field-incidentKey').fill('ITOPS-1');
    await ui.getByTestId('template-preview').click();
    const preview = ui.getByTestId('template-preview-body');
    await preview.waitFor();
    expect(await preview.textContent()).toBe('ITOPS-1 on Payments: Card payments failing at checkout');
    expect(await ui.getByTestId('template-preview-subject').textContent()).toBe('Service disruption: Payments');
    expect(await ui.getByTestId('error-template.body').count()).toBe(0);
    await snap(page, 'comms-template-preview');
  });
});
