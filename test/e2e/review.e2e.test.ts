import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { closeSession, openSession } from './support/session.js';
import { PANEL_MODULE, USERS } from './support/sandboxApi.js';
import { byTestIdWith, customUi, signedInContext, snap, waitForSurface } from './support/shell.js';
import { openAdminTab } from './support/adminPage.js';

// "Payment gateway timeouts for EU customers": a P1 on Payments, not escalated yet.
const ISSUE = 'ITOPS-2';

describe('resolving an escalated P1 opens a post-incident review that is written and completed in the panel', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.agent));
    const escalated = await sandbox.api.invoke(USERS.agent, PANEL_MODULE, 'escalate',
      { issueKey: ISSUE, path: 'technical', level: 1, reason: 'Card payments failing across the EU' }, ISSUE);
    expect(escalated.body).toMatchObject({ ok: true, data: { state: { status: 'active' } } });
    await sandbox.api.advanceMinutes(20);
    await sandbox.api.settle();
    // Resolved in Jira itself: the issue event reaches the app, which opens the review.
    const resolved = await sandbox.api.jira(USERS.agent, 'POST', `/rest/api/3/issue/${ISSUE}/transitions`, { transition: { id: '41' } });
    expect(resolved.status).toBe(204);
    await sandbox.api.settle();
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('shows the review with its timeline stages and their durations, linked to the incident in Jira', async () => {
    await page.goto(`/browse/${ISSUE}`);
    const ui = customUi(page);
    await waitForSurface(page, 'review-section');
    expect(await ui.getByTestId('review-section').getAttribute('data-status')).toBe('open');
    const stages = await ui.getByTestId('review-stage').allInnerTexts();
    expect(stages[0]).toMatch(/^Escalated by hand/);
    expect(stages.some((s) => /^technical level 1 paged/.test(s))).toBe(true);
    // The stages cover the escalation from its start to the resolution 20 virtual minutes later.
    const durations = await ui.getByTestId('review-stage-duration').allInnerTexts();
    const seconds = durations.map((d) => { const m = /^(?:(\d+)m )?(\d+)s$/.exec(d); return m ? Number(m[1] ?? 0) * 60 + Number(m[2]) : NaN; });
    expect(seconds.reduce((a, b) => a + b, 0)).toBe(20 * 60);
    await snap(page, 'review-opened');

    const heading = await ui.getByTestId('review-section').locator('h3').innerText();
    const reviewKey = heading.replace('Post-incident review ', '').trim();
    const onIncident = await sandbox.api.jira(USERS.agent, 'GET', `/rest/api/3/issue/${ISSUE}?fields=issuelinks`);
    expect(onIncident.body.fields.issuelinks).toEqual([expect.objectContaining({ outwardIssue: expect.objectContaining({ key: reviewKey }) })]);
  });

  it('records a finding that proposes a policy change, saves what happened, and completes the review', async () => {
    const ui = customUi(page);
    await ui.getByTestId('finding-type').selectOption('threshold');
    await ui.getByTestId('finding-action-kind').selectOption('policyChange');
    await ui.getByTestId('finding-description').fill('Level 1 waited 20 minutes before anyone noticed');
    await ui.getByTestId('finding-path').selectOption('technical');
    await ui.getByTestId('finding-level').fill('1');
    await ui.getByTestId('finding-ack-timeout').fill('5');
    await ui.getByTestId('finding-add').click();
    await ui.getByTestId('review-finding').filter({ hasText: 'draft change to policy' }).waitFor();
    expect(await ui.getByTestId('review-finding').innerText()).toContain('F1 · Threshold');

    await ui.getByTestId('review-what-happened').fill('A gateway certificate expired; EU card payments timed out for 40 minutes.');
    await ui.getByTestId('review-save').click();
    // Completing needs a saved account of what happened: the button is enabled once the save has landed.
    await ui.getByTestId('review-complete').click();
    await byTestIdWith(ui, 'review-section', 'data-status', 'completed').waitFor();
    expect(await ui.getByTestId('review-status').innerText()).toMatch(/^completed$/i);
    await ui.getByTestId('review-reopen').waitFor();
    await snap(page, 'review-completed');

    const stored = await sandbox.api.invoke(USERS.agent, PANEL_MODULE, 'getReview', { issueKey: ISSUE }, ISSUE);
    expect(stored.body).toMatchObject({ ok: true, data: { review: { status: 'completed', completedBy: USERS.agent.accountId,
      content: { whatHappened: 'A gateway certificate expired; EU card payments timed out for 40 minutes.' },
      findings: [{ id: 'F1', type: 'threshold', action: { kind: 'policyChange', change: { path: 'technical', level: 1, ackTimeoutMinutes: 5 }, publishedVersion: null } }] } } });
  });

  it('the resolved escalation appears in the admin page\'s path-effectiveness chart, from the month rollup', async () => {
    const admin = await signedInContext(browser, sandbox.url, USERS.admin);
    try {
      const adminPage = await admin.newPage();
      await openAdminTab(adminPage, 'effectiveness', 'effectiveness-page');
      const ui = customUi(adminPage);
      await ui.getByTestId('effectiveness-from').fill('2026-01');
      await ui.getByTestId('effectiveness-to').fill('2026-12');
      await ui.getByTestId('effectiveness-chart').waitFor();
      expect(await ui.getByTestId('effectiveness-headline').innerText()).toMatch(/^1 escalated incidents · MTTA — /);
      const bar = ui.locator('[data-testid="effectiveness-bar"][data-level$=" · technical L1"]');
      // Nobody acknowledged: the level paged once and acknowledged none.
      expect(await bar.getAttribute('data-share')).toBe('0.000');
      expect(await bar.locator('title').textContent()).toMatch(/1 paged, 0 acknowledged \(0%\)/);
      await snap(adminPage, 'path-effectiveness');
    } finally {
      await admin.close();
    }
  });
});
