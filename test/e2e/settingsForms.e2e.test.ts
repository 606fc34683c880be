import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { chosenInPicker, confirmWithReason, openAdminTab, pickFromDirectory } from './support/adminPage.js';
import { closeSession, openSession } from './support/session.js';
import { USERS } from './support/sandboxApi.js';
import { customUi, snap } from './support/shell.js';

const ADMIN_MODULE = 'escalation-admin';
const DIAL_IN = 'bridge.global.dialIn';
const BRIDGE_URL = 'https://meet.example.test/itops-major';

describe('settings that were JSON only have forms: bridge, cadence, public updates, routing', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  /* eslint-disable @typescript-eslint/no-explicit-any -- the stored configuration is JSON under test */
  async function storedConfig(): Promise<any> {
    const { body } = await sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'getConfig', {});
    expect(body).toMatchObject({ ok: true });
    return body.data.config;
  }

  describe('bridge, cadence and public updates', () => {
    it('refuses a dial-in that is not a phone number, beside the field', async () => {
      await openAdminTab(page, 'incident-comms', 'incident-comms-settings');
      const ui = customUi(page);
      await ui.getByTestId('field-bridge.global.url').fill(BRIDGE_URL);
      await ui.getByTestId(`field-${DIAL_IN}`).fill('call Dana');
      await ui.getByTestId('field-bridge.openAtOrAbove').selectOption('P1');
      await ui.getByTestId('field-updateCadence.P1').fill('20');
      await confirmWithReason(page, 'incident-comms-settings-save', 'incident-comms-settings-save-dialog', 'Major incidents get a standing bridge');
      const error = ui.getByTestId(`error-${DIAL_IN}`);
      await error.waitFor();
      expect(await error.innerText()).toMatch(/must be a phone number/);
      expect(await ui.getByTestId(`field-${DIAL_IN}`).getAttribute('aria-invalid')).toBe('true');
      expect((await storedConfig()).bridge?.global).toBeUndefined();
      await error.scrollIntoViewIfNeeded();
      await snap(page, 'settings-bridge-refused');
    });

    it('saves the fixed line with a reason and previews what it does', async () => {
      const ui = customUi(page);
      await ui.getByTestId(`field-${DIAL_IN}`).fill('+44 20 7946 0000,,123456#');
      expect(await ui.getByTestId('bridge-preview').innerText()).toBe(`Preview: P1 incidents open a bridge on ${BRIDGE_URL} (dial +44 20 7946 0000,,123456#); `
        + 'people paged have 10 minutes to join, and a missed join escalates 10 minutes after the reminder.');
      expect(await ui.getByTestId('cadence-preview').innerText()).toBe('Preview: P1 every 20 min, P2 every 120 min.');
      await confirmWithReason(page, 'incident-comms-settings-save', 'incident-comms-settings-save-dialog', 'Major incidents get a standing bridge');
      await ui.locator('[data-testid="incident-comms-settings-save"][disabled]').waitFor();
      const config = await storedConfig();
      expect(config.bridge).toMatchObject({ openAtOrAbove: 'P1', global: { url: BRIDGE_URL, dialIn: '+44 20 7946 0000,,123456#' } });
      expect(config.updateCadence).toMatchObject({ P1: 20, P2: 120, graceMinutes: 15 });
    });

    it('shows the saved line after a reload, read back from the server', async () => {
      await openAdminTab(page, 'incident-comms', 'incident-comms-settings');
      const ui = customUi(page);
      expect(await ui.getByTestId(`field-${DIAL_IN}`).inputValue()).toBe('+44 20 7946 0000,,123456#');
      expect(await ui.getByTestId('field-bridge.openAtOrAbove').inputValue()).toBe('P1');
      expect(await ui.getByTestId('field-updateCadence.P1').inputValue()).toBe('20');
    });

    it('refuses a status page that is not https and no roles allowed to lead, each beside its field', async () => {
      const ui = customUi(page);
      await ui.getByTestId('field-publicUpdates.statusPageUrl').fill('http://status.example.test/hook');
      await ui.getByTestId('field-publicUpdates.leadRoles.commsLead').uncheck();
      await confirmWithReason(page, 'incident-comms-settings-save', 'incident-comms-settings-save-dialog', 'Status page goes live');
      await ui.getByTestId('error-publicUpdates.statusPageUrl').waitFor();
      expect(await ui.getByTestId('error-publicUpdates.statusPageUrl').innerText()).toMatch(/must start with https/);
      expect(await ui.getByTestId('error-publicUpdates.leadRoles').innerText()).toMatch(/at least one role/);
      await ui.getByTestId('field-publicUpdates.statusPageUrl').fill('https://status.example.test/hook');
      await ui.getByTestId('field-publicUpdates.leadRoles.initiator').check();
      await confirmWithReason(page, 'incident-comms-settings-save', 'incident-comms-settings-save-dialog', 'Status page goes live');
      await ui.locator('[data-testid="incident-comms-settings-save"][disabled]').waitFor();
      expect((await storedConfig()).publicUpdates).toMatchObject({ leadRoles: ['initiator'], statusPageUrl: 'https://status.example.test/hook' });
    });
  });

  describe('routing', () => {
    it('refuses a weight over 100 beside the field', async () => {
      await openAdminTab(page, 'routing', 'routing-settings');
      const ui = customUi(page);
      await ui.getByTestId('field-routing.weights.expertise').fill('150');
      await confirmWithReason(page, 'routing-settings-save', 'routing-settings-save-dialog', 'Expertise first');
      await ui.getByTestId('error-routing.weights.expertise').waitFor();
      expect(await ui.getByTestId('error-routing.weights.expertise').innerText()).toMatch(/at most 100/);
    });

    it('saves weights and a person\'s skills chosen by name, and shows them after a reload', async () => {
      const ui = customUi(page);
      await ui.getByTestId('field-routing.weights.expertise').fill('60');
      await ui.getByTestId('field-routing.weights.workload').fill('40');
      expect(await ui.getByTestId('routing-preview').innerText()).toMatch(/has a matching skill 60%, fewest open incidents 40%/);
      await ui.getByTestId('routing-skills-add').click();
      await pickFromDirectory(page, 'routing.skills[0].accountId', 'lena', 'Lena Lead');
      await ui.getByTestId('field-routing.skills[0].skills').fill('payments, postgres');
      await confirmWithReason(page, 'routing-settings-save', 'routing-settings-save-dialog', 'Expertise first');
      await ui.locator('[data-testid="routing-settings-save"][disabled]').waitFor();
      expect((await storedConfig()).routing).toEqual({ weights: { expertise: 60, workload: 40 }, skills: [{ accountId: 'sandbox-lead-lena', skills: ['payments', 'postgres'] }] });
      await openAdminTab(page, 'routing', 'routing-settings');
      expect(await chosenInPicker(page, 'routing.skills[0].accountId')).toEqual(['Lena Lead']);
      expect(await customUi(page).getByTestId('field-routing.skills[0].skills').inputValue()).toBe('payments, postgres');
      await snap(page, 'settings-routing-saved');
    });
  });
});
