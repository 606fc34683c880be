import type { Page } from 'playwright-core';
import { customUi, waitForSurface } from './shell.js';

/** Opens the app's admin settings and one of its tabs, waiting for the tab's content. */
export async function openAdminTab(page: Page, tab: string, readyTestId: string): Promise<void> {
  await page.goto('/jira/settings/apps/escalation');
  await waitForSurface(page, 'policy-list');
  await customUi(page).getByTestId(`tab-${tab}`).click();
  await waitForSurface(page, readyTestId);
}

/** Save… (or Apply…) then give a reason in the dialog, as every audited change requires. */
export async function confirmWithReason(page: Page, button: string, dialog: string, reason: string): Promise<void> {
  const ui = customUi(page);
  await ui.getByTestId(button).click();
  await ui.getByTestId(dialog).waitFor();
  await ui.getByTestId('change-reason-input').fill(reason);
  await ui.getByTestId(`${dialog}-confirm`).click();
  await ui.getByTestId(dialog).waitFor({ state: 'detached' });
}
