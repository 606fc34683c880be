import type { Browser, BrowserContext, Page } from 'playwright-core';
import { blockingViolations } from './support/axe.js';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { closeSession, openSession } from './support/session.js';
import { confirmWithReason, openAdminTab } from './support/adminPage.js';
import { USERS } from './support/sandboxApi.js';
import { customUi, customUiFrame, snap } from './support/shell.js';

const ADMIN_MODULE = 'escalation-admin';
const AUDITOR_GROUPS = 'field-auditor.groups';
const PARTICIPANTS = 'layers[0].rotation.participants';

describe('an admin maps roles and schedules on-call cover in the settings page', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.admin));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));



  describe('role mapping', () => {
    it('refuses the access log to a service manager who holds no auditor role', async () => {
      const { body } = await sandbox.api.invoke(USERS.manager, 'escalation-dashboard', 'listAccessLog', {});
      expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    });

    it('maps the managers\' group to the auditor role with a reason and shows it saved', async () => {
      await openAdminTab(page, 'roles', 'role-mapping');
      const ui = customUi(page);
      expect(await ui.getByTestId('role-mapping-source').innerText()).toMatch(/default mapping/);
      await ui.getByTestId(AUDITOR_GROUPS).fill('itops-managers');
      await confirmWithReason(page, 'role-mapping-save', 'role-mapping-save-dialog', 'Service managers review refused attempts each week');
      await ui.getByTestId('role-mapping-source').getByText('Service managers review refused attempts').waitFor();
      expect(await ui.getByTestId('role-mapping-source').innerText()).toMatch(/Last saved by sandbox-admin-adam/);
      await ui.getByTestId('role-auditor').scrollIntoViewIfNeeded();
      await snap(page, 'admin-roles-auditor-saved');
    });

    it('has no serious or critical accessibility violations in the role mapping', async () => {
      expect(await blockingViolations(await customUiFrame(page))).toEqual([]);
    });

    it('still shows the group after a reload, read back from the server', async () => {
      await openAdminTab(page, 'roles', 'role-mapping');
      expect(await customUi(page).getByTestId(AUDITOR_GROUPS).inputValue()).toBe('itops-managers');
    });

    it('lets the service manager read the access log once the group is mapped', async () => {
      const { body } = await sandbox.api.invoke(USERS.manager, 'escalation-dashboard', 'listAccessLog', {});
      expect(body).toMatchObject({ ok: true });
    });

    it('lists the manager\'s earlier refusal in the access log', async () => {
      await openAdminTab(page, 'access', 'access-log');
      const row = customUi(page).getByTestId('access-log-row').filter({ hasText: USERS.manager.accountId }).first();
      await row.waitFor();
      expect(await row.innerText()).toMatch(/listAccessLog/);
      await snap(page, 'admin-roles-access-log');
    });
  });

  describe('on-call schedules', () => {
    it('names an empty participant list beside its field', async () => {
      // The demo seeds the coordination teams' rotations, so the list is not empty: wait for
      // the list to load (New… is enabled once it has) rather than for the empty state.
      await openAdminTab(page, 'schedules', 'schedules-page');
      const ui = customUi(page);
      await ui.locator('[data-testid="schedule-new"]:not([disabled])').waitFor();
      await ui.getByTestId('schedule-new').click();
      await ui.getByTestId('field-name').fill('ITOPS primary');
      await ui.getByTestId('field-timeZone').fill('Europe/London');
      await ui.getByTestId('field-layers[0].rotation.timeZone').fill('Europe/London');
      await confirmWithReason(page, 'schedule-save', 'schedule-save-dialog', 'Agents take turns on call');
      const error = ui.getByTestId(`error-${PARTICIPANTS}`);
      await error.waitFor();
      expect(await error.innerText()).toMatch(/must not be empty/);
      expect(await ui.getByTestId(`field-${PARTICIPANTS}`).getAttribute('aria-invalid')).toBe('true');
    });

    it('saves a weekday rotation and draws its next two weeks as bars per person, with the weekend gaps flagged', async () => {
      const ui = customUi(page);
      await ui.getByTestId(`field-${PARTICIPANTS}`).fill(`${USERS.agent.accountId}, ${USERS.lead.accountId}, ${USERS.admin.accountId}`);
      await ui.getByTestId('field-layers[0].rotation.kind').selectOption('daily');
      await ui.getByTestId('field-layers[0].rotation.startDate').fill('2026-11-23');
      await ui.getByTestId('field-layers[0].rotation.restriction.weekdays.sat').uncheck();
      await ui.getByTestId('field-layers[0].rotation.restriction.weekdays.sun').uncheck();
      await confirmWithReason(page, 'schedule-save', 'schedule-save-dialog', 'Agents take turns on call on weekdays');

      // Found by name: the new schedule's id follows the seeded ones, whatever their number.
      const card = ui.getByTestId('schedule-card').filter({ hasText: 'ITOPS primary' });
      await card.getByTestId('oncall-timeline').waitFor();
      for (const user of [USERS.agent, USERS.lead, USERS.admin]) {
        expect(await card.locator(`[data-testid="timeline-bar"][data-account-id="${user.accountId}"]`).count()).toBeGreaterThan(0);
      }
      // The sandbox starts on a Wednesday: two weekends fall in the next 14 days, four or five in 30.
      expect(await card.locator('[data-testid="timeline-bar"][data-account-id=""]').count()).toBe(2);
      expect(await card.getByTestId('gap').count()).toBeGreaterThanOrEqual(4);
      await card.scrollIntoViewIfNeeded();
      await snap(page, 'admin-schedules-timeline');
    });

    it('has no serious or critical accessibility violations in the schedule list with its timeline', async () => {
      expect(await blockingViolations(await customUiFrame(page))).toEqual([]);
    });
  });

  describe('my duties', () => {
    it('asks the admin, new in the rotation, to confirm their duties, and stops asking once they do', async () => {
      await openAdminTab(page, 'duties', 'duty-rotations');
      const ui = customUi(page);
      expect(await ui.getByTestId('duty-rotations').innerText()).toMatch(/ITOPS primary/);
      await ui.getByTestId('duties-needs-confirmation').waitFor();
      await snap(page, 'admin-my-duties-unconfirmed');
      await ui.getByTestId('duties-confirm').click();
      await ui.getByTestId('duties-needs-confirmation').waitFor({ state: 'detached' });
      expect(await ui.getByTestId('duties-last-confirmed').innerText()).toMatch(/last confirmed/);
    });
  });

  describe('role audit', () => {
    it('runs on demand and finds the new schedule\'s weekend gaps', async () => {
      await openAdminTab(page, 'audit', 'role-audit');
      const ui = customUi(page);
      await ui.getByTestId('audit-none').waitFor();
      await ui.getByTestId('audit-run').click();
      await ui.getByTestId('audit-findings').waitFor();
      expect(await ui.locator('[data-testid="audit-finding"][data-kind="scheduleGap"]').count()).toBeGreaterThanOrEqual(4);
    });

    it('refuses a statement too short to say what was reviewed, beside the field', async () => {
      const ui = customUi(page);
      await ui.getByTestId('field-statement').fill('ok');
      await ui.getByTestId('audit-attest').click();
      await ui.getByTestId('error-statement').waitFor();
      expect(await ui.getByTestId('field-statement').getAttribute('aria-invalid')).toBe('true');
    });

    it('closes the audit with an attestation and moves the due date a quarter on', async () => {
      const ui = customUi(page);
      await ui.getByTestId('field-statement').fill('Reviewed with the ITOPS lead: weekend gaps are covered by the duty manager rota.');
      await ui.getByTestId('audit-attest').click();
      await ui.getByTestId('audit-attestation').waitFor();
      const due = await ui.getByTestId('audit-due').innerText();
      expect(due).toMatch(/On time/);
      expect(due).toMatch(/Feb 25, 2027|25 Feb 2027/);
      await snap(page, 'admin-role-audit-attested');
    });
  });
});
