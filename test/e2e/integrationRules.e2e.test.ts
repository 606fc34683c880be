import type { Browser, BrowserContext, Page } from 'playwright-core';
import { confirmWithReason, openAdminTab } from './support/adminPage.js';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { USERS } from './support/sandboxApi.js';
import { closeSession, openSession } from './support/session.js';
import { customUi, snap } from './support/shell.js';

describe('an admin sets an integration\'s correlation, sustain, resolve and webhook rules in the form', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  async function editPrometheus(): Promise<void> {
    await openAdminTab(page, 'integrations', 'integration-list');
    const ui = customUi(page);
    await ui.getByTestId('integration-open-prometheus').click();
    await ui.getByTestId('integration-edit').click();
    await ui.getByTestId('integration-form').waitFor();
  }

  it('shows the server\'s refusal beside a correlation rule\'s field when previewing, then previews which sample alerts group', async () => {
    await editPrometheus();
    const ui = customUi(page);
    await ui.getByTestId('correlation-rules-add').click();
    await ui.getByTestId('field-correlation[0].id').fill('payments-15m');
    await ui.getByTestId('field-correlation[0].withinMinutes').fill('0');
    await ui.getByTestId('rules-preview-run').click();
    expect(await ui.getByTestId('error-correlation[0].withinMinutes').innerText()).toMatch(/greater than or equal to 1/);
    await ui.getByTestId('field-correlation[0].withinMinutes').fill('15');
    await ui.getByTestId('rules-preview-run').click();
    await ui.getByTestId('rules-preview-table').waitFor();
    const rows = await ui.getByTestId('rules-preview-row').allInnerTexts();
    // Payments alerts in the first 15 minutes share incident 1; another service opens its own; the 45-minute repeat starts over.
    expect(rows.map((r) => r.split('\t').at(-1)?.trim())).toEqual([
      'opens #1', 'joins #1 (rule payments-15m)', 'joins #1 (rule payments-15m)', 'opens #2', 'joins #1 (rule payments-15m)', 'opens #3',
    ]);
    expect(await ui.getByTestId('error-correlation[0].withinMinutes').count()).toBe(0);
  });

  it('refuses a one-time sustain rule and a plain-http webhook beside their fields on save, then saves them with a reason', async () => {
    const ui = customUi(page);
    await ui.getByTestId('field-sustain.occurrences').fill('1');
    await ui.getByTestId('field-outboundWebhook').check();
    await ui.getByTestId('field-outboundWebhook.url').fill('http://monitor.example.test/hook');
    await ui.getByTestId('field-outboundWebhook.on.acknowledged').check();
    await ui.getByTestId('field-onResolved').selectOption('resolve');
    await confirmWithReason(page, 'integration-save', 'integration-save-dialog', 'Group Payments alert storms');
    expect(await ui.getByTestId('error-sustain.occurrences').innerText()).toMatch(/greater than or equal to 2/);
    expect(await ui.getByTestId('error-outboundWebhook.url').innerText()).toContain('must be an https URL');
    await snap(page, 'admin-integration-rules-errors');
    await ui.getByTestId('field-sustain.occurrences').fill('3');
    await ui.getByTestId('field-outboundWebhook.url').fill('https://monitor.example.test/hook');
    await ui.getByTestId('rules-preview-run').click();
    expect(await ui.getByTestId('rules-preview-sustain').innerText()).toContain('pages after 10 minutes, when it has arrived 3 times');
    await confirmWithReason(page, 'integration-save', 'integration-save-dialog', 'Group Payments alert storms');
    await ui.getByTestId('integration-details').waitFor();
    const { body } = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'listIntegrations', {});
    const saved = (body.data as Array<{ integration: Record<string, unknown> }>).find((v) => v.integration.id === 'prometheus')?.integration;
    expect(saved).toMatchObject({
      correlation: [{ id: 'payments-15m', kind: 'same-service', withinMinutes: 15 }], sustain: { occurrences: 3 }, onResolved: 'resolve',
      outboundWebhook: { url: 'https://monitor.example.test/hook', on: ['acknowledged', 'resolved'] },
    });
  });

  it('shows the saved rules after the settings page is loaded again', async () => {
    // openAdminTab navigates the shell afresh, so the frame and its state are new.
    await editPrometheus();
    const ui = customUi(page);
    expect(await ui.getByTestId('field-correlation[0].id').inputValue()).toBe('payments-15m');
    expect(await ui.getByTestId('field-correlation[0].withinMinutes').inputValue()).toBe('15');
    expect(await ui.getByTestId('field-sustain.occurrences').inputValue()).toBe('3');
    expect(await ui.getByTestId('field-onResolved').inputValue()).toBe('resolve');
    expect(await ui.getByTestId('field-outboundWebhook.url').inputValue()).toBe('https://monitor.example.test/hook');
    expect(await ui.getByTestId('field-outboundWebhook.on.acknowledged').isChecked()).toBe(true);
    await snap(page, 'admin-integration-rules-reloaded');
  });

  it('exports the rules with the configuration, without any secret', async () => {
    const ui = customUi(page);
    await ui.getByTestId('integration-cancel').click();
    await openAdminTab(page, 'transfer', 'export-button');
    await ui.getByTestId('export-button').click();
    const text = await ui.getByTestId('field-export-json').inputValue();
    const bundle = JSON.parse(text) as { integrations: Array<Record<string, unknown>>; alertSettings: unknown };
    expect(bundle.integrations.find((i) => i.id === 'prometheus')).toMatchObject({ correlation: [{ id: 'payments-15m' }], sustain: { occurrences: 3 } });
    expect(bundle.alertSettings).toEqual(expect.objectContaining({ maintenanceWindows: expect.any(Array) }));
    const senders = (await (await fetch(`${sandbox.url}/__sandbox/integrations`)).json()) as Array<{ token: string }>;
    for (const s of senders) expect(text).not.toContain(s.token);
  });
});
