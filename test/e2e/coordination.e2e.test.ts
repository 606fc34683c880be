import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { closeSession, openSession } from './support/session.js';
import { PANEL_MODULE, USERS } from './support/sandboxApi.js';
import { openAdminTab } from './support/adminPage.js';
import { byTestIdWith, customUi, signedInContext, snap, waitForSurface } from './support/shell.js';

// "Payment gateway timeouts for EU customers": a P1 on Payments, not escalated yet.
const ISSUE = 'ITOPS-2';
const LIAISONS = { 'payments-app': 'sandbox-agent-ana', network: 'sandbox-agent-ben', security: 'sandbox-lead-omar' } as const;
const LIAISON_NAMES: Record<string, string> = { 'sandbox-agent-ana': 'Ana Agent', 'sandbox-agent-ben': 'Ben Agent', 'sandbox-lead-omar': 'Omar Lead' };
const TEAM_LIAISON_NAMES = { 'payments-app': 'Ana Agent', network: 'Ben Agent', security: 'Omar Lead' } as const;

interface OutboxEntry { channel: string; to: string[]; subject: string | null; body: string | null; issueKey: string | null }

describe('a Payments P1 engages the joint protocol\'s teams, and a handoff to the business unit is accepted', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const outbox = async (): Promise<OutboxEntry[]> => ((await (await fetch(`${sandbox.url}/__sandbox/outbox`)).json()) as OutboxEntry[]).filter((e) => e.issueKey === ISSUE);

  beforeAll(async () => { ({ sandbox, browser, context, page } = await openSession(USERS.agent)); });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('the admin Teams tab shows the seeded teams with their liaisons and the Payments protocol', async () => {
    const admin = await signedInContext(browser, sandbox.url, USERS.admin);
    try {
      const adminPage = await admin.newPage();
      await openAdminTab(adminPage, 'teams', 'teams-page');
      const ui = customUi(adminPage);
      for (const [team, liaison] of Object.entries(TEAM_LIAISON_NAMES)) {
        await byTestIdWith(ui, 'team-card', 'data-team', team).getByTestId('team-liaisons').getByText(liaison, { exact: true }).waitFor();
      }
      await byTestIdWith(ui, 'team-card', 'data-team', 'finance-ops').waitFor();
      await byTestIdWith(ui, 'protocol-card', 'data-protocol', 'payments-joint').waitFor();
      await snap(adminPage, 'coordination-teams-tab');
    } finally {
      await admin.close();
    }
  });

  it('escalating the P1 engages application, network and security once each, paging each liaison', async () => {
    await page.goto(`/browse/${ISSUE}`);
    const ui = customUi(page);
    await waitForSurface(page, 'escalate-button');
    await ui.getByTestId('escalate-button').click();
    await ui.getByTestId('escalate-reason').fill('Card payments failing across the EU');
    await ui.getByTestId('escalate-confirm').click();
    await byTestIdWith(ui, 'status-lozenge', 'data-status', 'active').waitFor();
    await ui.getByTestId('coordination-section').waitFor();
    for (const [team, liaison] of Object.entries(LIAISONS)) {
      const item = byTestIdWith(ui, 'engaged-team', 'data-team', team);
      await item.waitFor();
      expect(await item.getAttribute('data-state')).toBe('engaged');
      // The panel names the liaison (once Jira has answered); `data-account-id` says which account that is.
      const named = item.getByTestId('engaged-team-liaison').getByText(LIAISON_NAMES[liaison]!, { exact: true });
      await named.waitFor();
      expect(await named.getAttribute('data-account-id')).toBe(liaison);
      expect(await item.getByTestId('engaged-team-ola').getAttribute('role')).toBe('timer');
    }
    expect(await ui.getByTestId('engaged-team').count()).toBe(3);
    expect(await ui.getByTestId('coordination-protocols').innerText()).toContain('Payments joint response');
    await snap(page, 'coordination-engaged');

    await sandbox.api.settle();
    const engaged = (await outbox()).filter((e) => e.subject?.includes('engaged — please acknowledge'));
    expect(engaged).toHaveLength(3);
    for (const liaison of Object.values(LIAISONS)) expect(engaged.some((e) => e.to.includes(liaison))).toBe(true);
    const events = await sandbox.api.invoke(USERS.agent, PANEL_MODULE, 'getIncidentView', { issueKey: ISSUE }, ISSUE);
    expect(events.body.data.events.filter((e: { type: string }) => e.type === 'teamEngaged')).toHaveLength(3);
  });

  it('the application liaison hands off to Finance operations, and its liaison accepts in the panel', async () => {
    const ui = customUi(page);
    await ui.getByTestId('handoff-form').locator('summary').click();
    await ui.getByTestId('handoff-from').selectOption('payments-app');
    await ui.getByTestId('handoff-to').selectOption('finance-ops');
    await ui.getByTestId('handoff-receiver').fill('sandbox-manager-maya');
    await ui.getByTestId('handoff-known').fill('Refunds for failed EU card payments are double-posting');
    await ui.getByTestId('handoff-tried').fill('Paused the refund job');
    await ui.getByTestId('handoff-needed').fill('Decide how customers are told and when refunds resume');
    await ui.getByTestId('handoff-submit').click();
    await byTestIdWith(ui, 'handoff', 'data-state', 'requested').waitFor();

    const finance = await signedInContext(browser, sandbox.url, USERS.manager);
    try {
      const fp = await finance.newPage();
      await fp.goto(`/browse/${ISSUE}`);
      const fui = customUi(fp);
      await waitForSurface(fp, 'coordination-section');
      await fui.getByTestId('handoff-accept').click();
      await byTestIdWith(fui, 'handoff', 'data-state', 'accepted').waitFor();
      expect(await byTestIdWith(fui, 'engaged-team', 'data-team', 'finance-ops').getAttribute('data-state')).toBe('acknowledged');
      expect(await byTestIdWith(fui, 'engaged-team', 'data-team', 'payments-app').getAttribute('data-state')).toBe('handedOff');
      await byTestIdWith(fui, 'timeline-item', 'data-type', 'handoffAccepted').waitFor();
      await snap(fp, 'coordination-handoff-accepted');
    } finally {
      await finance.close();
    }
  });
});
