import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { pickFromDirectory } from './support/adminPage.js';
import { blockingViolations } from './support/axe.js';
import { closeSession, openSession } from './support/session.js';
import { PANEL_MODULE, USERS } from './support/sandboxApi.js';
import { afterFrameShrinks, customUi, customUiFrame, snap, waitForSurface } from './support/shell.js';

const ADMIN_MODULE = 'escalation-admin';
const APPS_MODULE = 'escalation-dashboard';
// "Payment gateway timeouts for EU customers": a P1 on Payments.
const ISSUE = 'ITOPS-2';
// The sandbox clock starts on 25 November 2026: the fourth quarter is under way.
const QUARTER = '2026-Q4';

describe('an auditor reviews the quarter\'s access log: a forged escalation record, a refusal and a role change, each signed off', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.manager));
    // A role change: the service managers' group becomes the auditor role.
    const current = await sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'getRoleMapping', {});
    const mapping = (current.body as { data: { mapping: Record<string, { groups: string[]; projectRoles: string[] }> } }).data.mapping;
    mapping.auditor = { groups: ['itops-managers'], projectRoles: [] };
    expect((await sandbox.api.invoke(USERS.admin, ADMIN_MODULE, 'saveRoleMapping', { mapping, reason: 'Service managers review access every quarter' })).body).toMatchObject({ ok: true });
    // A refusal: an agent tries to read the audits.
    expect((await sandbox.api.invoke(USERS.agent, APPS_MODULE, 'listAdherenceAudits', {})).body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    // A bypass attempt: the agent forges an acknowledgement straight into the issue property.
    expect((await sandbox.api.invoke(USERS.agent, PANEL_MODULE, 'escalate', { issueKey: ISSUE, path: 'technical', level: 1, reason: 'Card payments failing across the EU' }, ISSUE)).body).toMatchObject({ ok: true });
    await sandbox.api.advanceMinutes(2);
    const property = await sandbox.api.escalationProperty(USERS.agent, ISSUE);
    const put = await sandbox.api.jira(USERS.agent, 'PUT', `/rest/api/3/issue/${ISSUE}/properties/escalation`, { ...property, status: 'acknowledged', acknowledgedBy: USERS.agent.accountId });
    expect(put.status).toBeLessThan(300);
    // The next read of the incident finds the forgery, restores the property and logs it.
    expect((await sandbox.api.invoke(USERS.lead, PANEL_MODULE, 'getIncidentView', { issueKey: ISSUE }, ISSUE)).body).toMatchObject({ ok: true });
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('refuses the access reviews to an agent, on the server', async () => {
    const { body } = await sandbox.api.invoke(USERS.agent, APPS_MODULE, 'getAccessReviews', {});
    expect(body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('runs the review of this quarter and shows each finding with the person by name', async () => {
    await page.goto('/jira/apps/escalation-dashboard');
    await waitForSurface(page, 'tab-governance');
    await customUi(page).getByTestId('tab-governance').click();
    await waitForSurface(page, 'access-review');
    const ui = customUi(page);
    await ui.getByTestId('field-accessReview.quarter').fill(QUARTER);
    await ui.getByTestId('access-review-run').click();
    await ui.getByTestId('access-review-detail').waitFor();
    const bypass = ui.getByTestId('access-finding-bypassAttempt');
    await bypass.waitFor();
    // Jira records no writer of an issue property: the finding names the issue's last editor instead.
    expect(await bypass.getByTestId('access-finding-actor').innerText()).toMatch(/^last issue edit by \S/);
    expect(await bypass.innerText()).toContain(`of ${ISSUE} was changed outside the app`);
    expect(await ui.getByTestId('access-finding-roleChange').getByTestId('access-finding-actor').innerText()).toBe('Adam Admin');
    expect(await ui.getByTestId('access-finding-refusals').first().getByTestId('access-finding-actor').innerText()).toBe('Ana Agent');
    expect(await ui.getByTestId('access-review-reviewer').innerText()).toBe('Reviewer: not assigned');
    await ui.getByTestId(`access-review-row-${QUARTER}`).waitFor();
    await snap(page, 'access-review-findings');
  });

  it('has no serious or critical accessibility violations', async () => {
    expect(await blockingViolations(await customUiFrame(page))).toEqual([]);
  });

  it('refuses a reviewer without the auditor role beside the field, then assigns the auditor', async () => {
    const ui = customUi(page);
    await pickFromDirectory(page, 'accessReview.reviewer', 'Ana', 'Ana Agent');
    await ui.getByTestId('access-review-assign').click();
    expect(await ui.getByTestId('error-accessReview.reviewer').innerText()).toBe('Ana Agent does not hold the auditor role; map them to auditors first');
    await ui.getByTestId('change-accessReview.reviewer').click();
    await pickFromDirectory(page, 'accessReview.reviewer', 'Maya', 'Maya Manager');
    await ui.getByTestId('access-review-assign').click();
    await ui.getByTestId('access-review-reviewer').getByText('Maya Manager').waitFor();
  });

  it('takes a sign-off of every finding (a too-short note refused beside its field), completes the review and chains it into the trail', async () => {
    const ui = customUi(page);
    const findings = ui.getByTestId('access-findings').locator('article');
    const count = await findings.count();
    expect(count).toBeGreaterThanOrEqual(3);
    await ui.getByTestId('field-accessReview.statement').fill('Reviewed the quarter\'s access log with the ITOPS leads.');
    await ui.getByTestId('access-review-complete').click();
    expect(await ui.getByTestId('error-accessReview.findings').innerText()).toBe('sign off every finding before completing the review');
    for (let i = 0; i < count; i += 1) {
      const row = findings.nth(i);
      const note = row.getByTestId(`field-finding${i}.note`);
      if (i === 0) {
        await row.getByTestId(`field-finding${i}.outcome`).selectOption('actionNeeded');
        await note.fill('fix it');
        await row.getByTestId('access-finding-sign').click();
        expect(await row.getByTestId(`error-finding${i}.note`).innerText()).toBe('say what action is needed and who takes it (at least 10 characters)');
        await note.fill('Remove Edit issues from agents on ITOPS; Lena to raise the change');
      } else {
        await note.fill('Expected: reviewed with the team lead');
      }
      await afterFrameShrinks(page);
      await row.getByTestId('access-finding-sign').click();
      await row.getByTestId('access-finding-signoff').waitFor();
    }
    expect(await findings.nth(0).getByTestId('access-finding-signoff').innerText()).toMatch(/Action needed.*Maya Manager/s);
    await ui.getByTestId('access-review-complete').click();
    await ui.getByTestId('access-review-completed').waitFor();
    expect(await ui.getByTestId('access-review-completed').innerText()).toContain('Maya Manager');
    await snap(page, 'access-review-completed');
    const exported = await sandbox.api.invoke(USERS.manager, APPS_MODULE, 'exportAuditTrail', {});
    const kinds = (exported.body as { data: { entries: Array<{ kind: string }> } }).data.entries.map((e) => e.kind);
    expect(kinds).toEqual(expect.arrayContaining(['accessReview.opened', 'accessReview.assigned', 'accessReview.findingSignedOff', 'accessReview.completed']));
    expect(kinds.filter((k) => k === 'accessReview.findingSignedOff')).toHaveLength(count);
    const verdict = await sandbox.api.invoke(USERS.manager, APPS_MODULE, 'verifyAuditTrail', {});
    expect(verdict.body).toMatchObject({ ok: true, data: { ok: true } });
  });
});
