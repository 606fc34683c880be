import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { closeSession, openSession } from './support/session.js';
import { confirmWithReason, openAdminTab } from './support/adminPage.js';
import { USERS } from './support/sandboxApi.js';
import { dump, load } from 'js-yaml';
import { afterFrameShrinks, customUi, snap, waitForSurface } from './support/shell.js';

const ADMIN_MODULE = 'escalation-admin';
const POLICY = 'itops-default';
// The demo configuration has four services; the one the admin adds is the fifth.
const NEW_SERVICE = 'services[4]';
const LEVEL_2_DELAY = 'paths.technical.levels[1].delayMinutes';
const CONFIG_REASON = 'The VPN concentrators move to the IT Operations desk';
const IMPORT_REASON = 'Promote the reviewed staging configuration';
const RENAMED = 'IT Operations incidents (imported)';

/* eslint-disable @typescript-eslint/no-explicit-any -- the export bundle is JSON under test */
type Bundle = { format: string; formatVersion: number; config: any; policies: any[]; schedules: any[]; roleMapping: any };

describe('an admin edits the configuration, exports it and imports a changed copy', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let exported: Bundle;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));



  async function storedPolicy() {
    const { body } = await sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'listPolicies', {});
    expect(body).toMatchObject({ ok: true });
    const summary = (body.data as any[]).find((s) => s.policy.id === POLICY);
    if (!summary) throw new Error(`listPolicies has no ${POLICY}`);
    return summary as { version: number; reason: string; policy: any };
  }

  async function storedConfig() {
    const { body } = await sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'getConfig', {});
    expect(body).toMatchObject({ ok: true });
    return body.data.config as Bundle['config'];
  }

  describe('configuration editor', () => {
    it('adds the VPN service as standard and saves it with a reason', async () => {
      await openAdminTab(page, 'config', 'config-editor');
      const ui = customUi(page);
      expect(await ui.getByTestId('services-item').count()).toBe(4);
      await ui.getByTestId('services-add').click();
      await ui.getByTestId(`field-${NEW_SERVICE}.name`).fill('VPN');
      await ui.getByTestId(`field-${NEW_SERVICE}.criticality`).selectOption('standard');
      await confirmWithReason(page, 'config-save', 'config-save-dialog', CONFIG_REASON);
      // The page says so only through the host's flag; the save button goes back to disabled.
      await page.locator('#flags .flag', { hasText: 'Configuration saved' }).waitFor();
      expect(await ui.getByTestId('config-save').isDisabled()).toBe(true);
      await ui.getByTestId(`field-${NEW_SERVICE}.name`).scrollIntoViewIfNeeded();
      await snap(page, 'config-transfer-config-saved');
    });

    it('still shows the service after a reload, read back from the server', async () => {
      await openAdminTab(page, 'config', 'config-editor');
      const ui = customUi(page);
      expect(await ui.getByTestId('services-item').count()).toBe(5);
      expect(await ui.getByTestId(`field-${NEW_SERVICE}.name`).inputValue()).toBe('VPN');
      expect(await ui.getByTestId(`field-${NEW_SERVICE}.criticality`).inputValue()).toBe('standard');
      await ui.getByTestId(`field-${NEW_SERVICE}.name`).scrollIntoViewIfNeeded();
      await snap(page, 'config-transfer-config-reloaded');
    });

    it('returns the service from getConfig and logs the change with its reason', async () => {
      expect((await storedConfig()).services).toContainEqual({ name: 'VPN', criticality: 'standard' });
      const { body } = await sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'listAccessLog', { limit: 100 });
      expect(body).toMatchObject({ ok: true });
      expect(body.data).toContainEqual(expect.objectContaining({
        accountId: USERS.admin.accountId, action: 'saveConfig', allowed: true, reason: CONFIG_REASON,
      }));
    });
  });

  describe('export', () => {
    it('exports the configuration, policies, schedules and role mapping as one JSON document', async () => {
      await openAdminTab(page, 'transfer', 'export-button');
      const ui = customUi(page);
      await ui.getByTestId('export-button').click();
      const textarea = ui.getByTestId('field-export-json');
      await textarea.waitFor();
      const text = await textarea.inputValue();
      exported = JSON.parse(text) as Bundle;
      expect(exported).toMatchObject({ format: 'jsm-incident-escalation', formatVersion: 2 });
      const [schedules, mapping] = await Promise.all([sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'listSchedules', {}),
        sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'getRoleMapping', {})]);
      expect(exported.schedules).toEqual((schedules.body.data as any[]).map((x) => x.schedule).sort((a, b) => a.id.localeCompare(b.id)));
      expect(exported.roleMapping).toEqual(mapping.body.data.mapping);
      expect(exported.config).toEqual(await storedConfig());
      expect(exported.config.services).toContainEqual({ name: 'VPN', criticality: 'standard' });
      expect(exported.policies.map((p) => p.id)).toEqual([POLICY]);
      expect(exported.policies[0]).toEqual((await storedPolicy()).policy);
      // The download link carries the same document.
      const href = await ui.getByTestId('export-download').getAttribute('href');
      expect(href).toMatch(/^data:application\/json;charset=utf-8,/);
      expect(decodeURIComponent(href!.slice(href!.indexOf(',') + 1))).toBe(text);
      await snap(page, 'config-transfer-exported');
    });
  });

  describe('import', () => {
    it('checks a changed copy and previews the change before anything is applied', async () => {
      expect((await storedPolicy()).version).toBe(1);
      const changed: Bundle = structuredClone(exported);
      changed.policies[0].name = RENAMED;
      changed.policies[0].paths.technical.levels[1].delayMinutes = 20;
      changed.config.services = changed.config.services.map((s: any) => (s.name === 'Intranet' ? { ...s, criticality: 'business-critical' } : s));

      const ui = customUi(page);
      await ui.getByTestId('field-import-json').fill(JSON.stringify(changed, null, 2));
      await ui.getByTestId('import-check').click();
      const preview = ui.getByTestId('import-preview');
      await preview.waitFor();
      expect(await ui.getByTestId('import-config-changes').innerText()).toMatch(/Configuration: 1 value\(s\) change/);
      // Each changed value, old → new.
      expect(await ui.getByTestId('import-config-diff').locator('li').allInnerTexts()).toEqual(['services[2].criticality “standard” → “business-critical”']);
      const row = ui.getByTestId('import-changed');
      expect(await row.count()).toBe(1);
      const rowText = await row.innerText();
      expect(rowText).toContain(RENAMED);
      expect(rowText).toContain(POLICY);
      expect(rowText).toMatch(/2 value\(s\), from version 1/);
      expect(await row.locator(`[data-testid="import-diff"][data-path="${LEVEL_2_DELAY}"]`).innerText()).toBe(`${LEVEL_2_DELAY} 30 → 20`);
      expect(await row.locator('[data-testid="import-diff"][data-path="name"]').innerText()).toBe(`name “IT Operations incidents” → “${RENAMED}”`);
      expect(await ui.getByTestId('import-added').count()).toBe(0);
      expect(await ui.getByTestId('import-removed').count()).toBe(0);
      expect(await ui.getByTestId('import-apply').isEnabled()).toBe(true);
      // Checking applied nothing.
      const before = await storedPolicy();
      expect(before).toMatchObject({ version: 1, policy: { name: 'IT Operations incidents' } });
      expect(before.policy.paths.technical.levels[1].delayMinutes).toBe(30);
      expect((await storedConfig()).services).toContainEqual(expect.objectContaining({ name: 'Intranet', criticality: 'standard' }));
      await preview.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, 0)); // the shell's sticky bar otherwise lands mid-screenshot
      await snap(page, 'config-transfer-import-preview');
    });

    it('applies the import with a reason: the policy is version 2 and the config changed', async () => {
      const ui = customUi(page);
      await confirmWithReason(page, 'import-apply', 'import-apply-dialog', IMPORT_REASON);
      await ui.getByTestId('import-result').waitFor();
      const steps = ui.getByTestId('import-step');
      expect(await steps.allInnerTexts()).toEqual(['✓ Configuration', `✓ Policy ${POLICY}`]);
      await ui.getByTestId('import-result').scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollTo(0, 0)); // the shell's sticky bar otherwise lands mid-screenshot
      await snap(page, 'config-transfer-import-applied');

      const after = await storedPolicy();
      expect(after).toMatchObject({ version: 2, reason: IMPORT_REASON, policy: { name: RENAMED } });
      expect(after.policy.paths.technical.levels[1].delayMinutes).toBe(20);
      const services = (await storedConfig()).services;
      expect(services).toContainEqual(expect.objectContaining({ name: 'Intranet', criticality: 'business-critical' }));
      expect(services).toContainEqual({ name: 'VPN', criticality: 'standard' });
    });

    it('lists the imported policy as version 2 under its new name', async () => {
      await page.goto('/jira/settings/apps/escalation');
      const ui = customUi(page);
      await waitForSurface(page, 'policy-list');
      const row = ui.locator(`[data-testid="policy-row"][data-policy-id="${POLICY}"]`);
      await row.getByText(IMPORT_REASON).waitFor();
      expect(await row.locator('td').nth(1).innerText()).toContain(RENAMED);
      expect(await row.locator('td').nth(2).innerText()).toBe('2');
      await snap(page, 'config-transfer-policy-list');
    });

    it('refuses an import with a zero level-2 delay, names the field and applies nothing', async () => {
      const invalid: Bundle = structuredClone(exported);
      invalid.policies[0].name = 'Should never be stored';
      invalid.policies[0].paths.technical.levels[1].delayMinutes = 0;

      await openAdminTab(page, 'transfer', 'export-button');
      const ui = customUi(page);
      // This time as a chosen file rather than pasted text.
      await ui.getByTestId('field-import-file').setInputFiles({
        name: 'escalation-config.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(invalid, null, 2)),
      });
      // The file is read asynchronously; Check import is enabled once its text is in.
      await ui.locator('[data-testid="import-check"]:not([disabled])').waitFor();
      expect(await ui.getByTestId('field-import-json').inputValue()).toContain('Should never be stored');
      await ui.getByTestId('import-check').click();
      const summary = ui.getByTestId('validation-summary');
      await summary.waitFor();
      expect(await summary.innerText()).toMatch(/This import cannot be applied/);
      const message = ui.locator(`[data-testid="validation-message"][data-field="policies[0].${LEVEL_2_DELAY}"]`);
      expect(await message.innerText()).toMatch(new RegExp(`${POLICY}: .*between 1 and`));
      expect(await ui.getByTestId('import-preview').count()).toBe(0);
      expect(await ui.getByTestId('import-apply').count()).toBe(0);
      await summary.scrollIntoViewIfNeeded();
      await snap(page, 'config-transfer-import-invalid');

      const stored = await storedPolicy();
      expect(stored).toMatchObject({ version: 2, policy: { name: RENAMED } });
      expect(stored.policy.paths.technical.levels[1].delayMinutes).toBe(20);
    });

    it('previews a YAML export edited by hand, each changed value old → new, before applying', async () => {
      await openAdminTab(page, 'transfer', 'export-button');
      const ui = customUi(page);
      await ui.getByTestId('field-export-format').selectOption('yaml');
      await ui.getByTestId('export-button').click();
      const yaml = await ui.getByTestId('field-export-json').inputValue();
      expect(await ui.getByTestId('export-download').getAttribute('download')).toBe('escalation-config.yaml');
      const parsed = load(yaml) as Bundle;
      expect(parsed.policies[0]).toEqual((await storedPolicy()).policy);
      // An edit as someone reviewing the file would make it: one line of YAML.
      const edited = yaml.replace(/^(\s*)rank: (\d+)$/m, '$1rank: 42');
      expect(edited).not.toBe(yaml);
      await ui.getByTestId('field-import-json').fill(edited);
      await ui.getByTestId('import-check').click();
      await ui.getByTestId('import-preview').waitFor();
      const row = ui.getByTestId('import-changed');
      expect(await row.locator('[data-testid="import-diff"]').allInnerTexts()).toEqual([`rank ${parsed.policies[0].rank} → 42`]);
      expect(await ui.getByTestId('import-config-changes').count()).toBe(0);
      await snap(page, 'config-transfer-yaml-preview');
    });

    it('applies nothing when the server refuses one section: a role mapping naming a group Jira lacks', async () => {
      const ui = customUi(page);
      const yaml = await ui.getByTestId('field-import-json').inputValue();
      const doc = load(yaml) as Bundle;
      doc.policies[0].rank = 43;
      doc.roleMapping.auditor.groups = ['ghost-auditors'];
      const withGhost = dump(doc);
      expect(withGhost).toContain('ghost-auditors');
      await ui.getByTestId('field-import-json').fill(withGhost);
      // Filling the box drops the previous preview and the frame shrinks (see afterFrameShrinks).
      await ui.getByTestId('import-preview').waitFor({ state: 'detached' });
      await afterFrameShrinks(page);
      await ui.getByTestId('import-check').click();
      await ui.getByTestId('import-role-mapping').waitFor();
      await confirmWithReason(page, 'import-apply', 'import-apply-dialog', 'Auditors by group');
      const message = ui.locator('[data-testid="validation-message"][data-field="roleMapping.auditor.groups[0]"]');
      await message.waitFor();
      expect(await message.innerText()).toMatch(/Jira has no group "ghost-auditors"/);
      expect(await ui.getByTestId('import-result').count()).toBe(0);
      // The valid policy change in the same import was not written either.
      expect(await storedPolicy()).toMatchObject({ version: 2, policy: { name: RENAMED } });
      expect((await storedPolicy()).policy.rank).not.toBe(43);
      await snap(page, 'config-transfer-import-refused-by-server');
    });
  });
});
