import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { closeSession, openSession } from './support/session.js';
import { USERS } from './support/sandboxApi.js';
import { customUi, snap, waitForSurface } from './support/shell.js';

const POLICY = 'itops-default';
const LEVEL_2_DELAY = 'paths.technical.levels[1].delayMinutes';
// "Payment gateway timeouts for EU customers": five hours old and never answered, so its
// first-response SLA is breached and the next sweep escalates it.
const BREACHED = 'ITOPS-2';

describe('an admin edits the escalation policy and the sweep uses the new version', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  /** Save… then give a reason in the dialog, as the editor requires. */
  async function saveWithReason(reason: string): Promise<void> {
    const ui = customUi(page);
    await ui.getByTestId('policy-save').click();
    await ui.getByTestId('policy-save-dialog').waitFor();
    await ui.getByTestId('change-reason-input').fill(reason);
    await ui.getByTestId('policy-save-dialog-confirm').click();
    await ui.getByTestId('policy-save-dialog').waitFor({ state: 'detached' });
  }

  it('opens the seeded policy at version 1', async () => {
    await page.goto('/jira/settings/apps/escalation');
    const ui = customUi(page);
    await waitForSurface(page, 'policy-list');
    expect(await ui.locator(`[data-testid="policy-row"][data-policy-id="${POLICY}"] td`).nth(2).innerText()).toBe('1');
    await ui.getByTestId(`policy-edit-${POLICY}`).click();
    await ui.getByTestId('policy-editor').waitFor();
  });

  it('refuses a zero delay on level 2 and says so beside the field', async () => {
    const ui = customUi(page);
    await ui.getByTestId(`field-${LEVEL_2_DELAY}`).fill('0');
    await saveWithReason('Page the team lead at once');
    const error = ui.getByTestId(`error-${LEVEL_2_DELAY}`);
    await error.waitFor();
    expect(await error.innerText()).toMatch(/between 1 and/);
    expect(await ui.getByTestId(`field-${LEVEL_2_DELAY}`).getAttribute('aria-invalid')).toBe('true');
    await ui.getByTestId('validation-summary').waitFor();
    // The frame scrolls on its own: bring the message into the screenshot.
    await error.scrollIntoViewIfNeeded();
    await snap(page, 'policy-edit-validation-error');
  });

  it('saves the fixed delay with a reason as version 2', async () => {
    const ui = customUi(page);
    await ui.getByTestId(`field-${LEVEL_2_DELAY}`).fill('20');
    await saveWithReason('Team leads want to hear about unanswered pages sooner');
    await ui.getByTestId('policy-list').waitFor();
    const versionCell = ui.locator(`[data-testid="policy-row"][data-policy-id="${POLICY}"] td`).nth(2);
    await ui.locator(`[data-testid="policy-row"][data-policy-id="${POLICY}"]`).getByText('Team leads want to hear').waitFor();
    expect(await versionCell.innerText()).toBe('2');
    await snap(page, 'policy-edit-saved');
  });

  it('escalates a breached incident under version 2 when the sweep runs', async () => {
    expect(await sandbox.api.escalationProperty(USERS.agent, BREACHED)).toBeNull();
    await sandbox.api.sweep();
    expect(await sandbox.api.escalationProperty(USERS.agent, BREACHED)).toMatchObject({ status: 'active', policyId: POLICY, policyVersion: 2 });
  });
});
