import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { blockingViolations } from './support/axe.js';
import { closeSession, openSession } from './support/session.js';
import { USERS } from './support/sandboxApi.js';
import { customUi, customUiFrame, snap, waitForSurface } from './support/shell.js';

const APPS_MODULE = 'escalation-dashboard';

describe('the Governance page\'s controls: status per month with the evidence behind it, and custom controls with field errors', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let period: string;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
    const clock = await fetch(`${sandbox.url}/__sandbox/clock`).then((r) => r.json() as Promise<{ now: string }>);
    period = clock.now.slice(0, 7);
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('refuses the controls to an agent, on the server', async () => {
    const { body } = await sandbox.api.invoke(USERS.agent, APPS_MODULE, 'assessControls', { period });
    expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('shows each built-in control with its status, and the records behind a gap', async () => {
    await page.goto('/jira/apps/escalation-dashboard');
    await waitForSurface(page, 'tab-governance');
    await customUi(page).getByTestId('tab-governance').click();
    await waitForSurface(page, 'governance');
    const ui = customUi(page);
    await ui.getByTestId('controls-period').fill(period);
    await ui.getByTestId('controls-assess').click();
    await ui.getByTestId('controls-table').waitFor();
    await ui.getByTestId('control-row-iso20000-9.2-audit').waitFor();
    expect(await ui.getByTestId('controls-totals').innerText()).toMatch(new RegExp(`${period}: \\d+ met, \\d+ with a gap, \\d+ not applicable`));
    // Nobody has audited this month yet: the internal-audit control is a gap.
    expect(await ui.getByTestId('control-status-iso20000-9.2-audit').getAttribute('data-status')).toBe('gap');
    await ui.getByTestId('control-open-iso27001-A.5.28').click();
    const detail = ui.getByTestId('control-detail-iso27001-A.5.28');
    expect(await detail.innerText()).toMatch(/Audit trail verifies: The audit trail's \d+ entries verify/);
    await snap(page, 'governance-controls');
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await blockingViolations(await customUiFrame(page))).toEqual([]);
  });

  it('adds a custom control: a bad field is named beside it, then the control is assessed with the rest', async () => {
    const ui = customUi(page);
    await ui.getByTestId('control-add').click();
    const editor = ui.getByTestId('control-editor');
    await editor.getByTestId('field-control.id').fill('custom-payments-drills');
    await editor.getByTestId('field-control.reference').fill('Ops standard 4.2');
    await editor.getByTestId('field-control.title').fill('Payments drilled monthly');
    await editor.getByTestId('field-control.description').fill('The payments escalation path is drilled at least once a month.');
    await editor.getByTestId('field-control.checks[0].kind').selectOption('drillsHeld');
    await editor.getByTestId('field-control.checks[0].windowMonths').fill('13');
    await editor.getByTestId('field-reason').fill('Ops standard asks for monthly drills');
    await editor.getByTestId('control-save').click();
    expect(await editor.getByTestId('error-control.checks[0].windowMonths').innerText()).toBe('at most 12 months');
    await editor.getByTestId('field-control.checks[0].windowMonths').fill('1');
    await editor.getByTestId('control-save').click();
    await ui.getByTestId('control-row-custom-payments-drills').waitFor();
    expect(await ui.getByTestId('control-row-custom-payments-drills').innerText()).toContain('Payments drilled monthly (custom)');
    expect(['met', 'gap']).toContain(await ui.getByTestId('control-status-custom-payments-drills').getAttribute('data-status'));
    const log = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'listAccessLog', { limit: 50 });
    expect(JSON.stringify(log.body)).toContain('custom-payments-drills r1 (drillsHeld): Ops standard asks for monthly drills');
  });

  it('downloads the month\'s evidence pack, and npm run verify-audit verifies it', async () => {
    const ui = customUi(page);
    const [download] = await Promise.all([page.waitForEvent('download'), ui.getByTestId('pack-download').click()]);
    expect(download.suggestedFilename()).toBe(`evidence-pack-${period}.zip`);
    const file = join(mkdtempSync(join(tmpdir(), 'pack-')), download.suggestedFilename());
    await download.saveAs(file);
    expect(await ui.getByTestId('pack-made').innerText()).toMatch(/evidence-pack-\d{4}-\d{2}\.zip: \d+ files, \d+ KB, SHA-256/);
    const run = spawnSync('npx', ['tsx', 'scripts/verifyAudit.ts', file], { encoding: 'utf8' });
    expect(run.stdout).toMatch(/manifest: every file present and matching its SHA-256/);
    expect(run.stdout).toMatch(/trail extract: every entry follows the one before it/);
    expect(run.status).toBe(0);
  });
});
