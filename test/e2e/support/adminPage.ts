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

/**
 * Chooses a person or group in a directory picker: types a search, waits for Jira's answer and
 * clicks the option showing `choice` (a display name or group name).
 */
export async function pickFromDirectory(page: Page, fieldPath: string, query: string, choice: string): Promise<void> {
  const ui = customUi(page);
  await ui.getByTestId(`field-${fieldPath}`).fill(query);
  await ui.getByTestId(`options-${fieldPath}`).getByTestId(`option-${fieldPath}`).filter({ hasText: choice }).first().click();
  await ui.getByTestId(`chosen-${fieldPath}`).getByText(choice, { exact: true }).waitFor();
}

/** The names a picker shows as chosen, in order. */
export async function chosenInPicker(page: Page, fieldPath: string): Promise<string[]> {
  const chips = customUi(page).getByTestId(`chosen-${fieldPath}`).locator('[data-chip-label]');
  await chips.first().waitFor();
  return (await chips.allInnerTexts()).map((t) => t.trim());
}
