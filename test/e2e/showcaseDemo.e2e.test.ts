import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SHOWCASE_BRIDGE } from '../../sandbox/server/showcaseSettings.js';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { closeSession, openSession } from './support/session.js';
import { USERS } from './support/sandboxApi.js';
import { byTestIdWith, customUi, snap, waitForSurface } from './support/shell.js';

interface OutboxEntry { channel: string; body: string | null; issueKey: string | null; subject: string | null }

/**
 * `npm start`'s showcase as a newcomer meets it: the dashboard already shows live escalations
 * (the first sweep ran at start), and a Highest incident an agent raises pages the on-call on
 * Slack and SMS as well as by email, with the bridge, all on the issue panel's timeline.
 */
describe('the showcase demo: live escalations at once, and a P1 on several channels with the bridge', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let key: string;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.agent, 'showcase'));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('the dashboard lists the demo\'s open P1 as escalating on first load', async () => {
    await page.goto('/jira/apps/escalation-dashboard');
    const ui = customUi(page);
    await waitForSurface(page, 'dashboard-updated', { artifact: 'showcase-dashboard-error' });
    const row = ui.locator('[data-testid="dashboard-row"][data-issue-key="ITOPS-1"]');
    await row.waitFor();
    expect(await row.getByTestId('row-status').getAttribute('data-status')).toBe('active');
    await snap(page, 'showcase-dashboard');
  });

  it('a Highest incident pages the on-call by Slack and SMS with the bridge, shown on the panel', async () => {
    const created = await sandbox.api.jira(USERS.agent, 'POST', '/rest/api/3/issue', {
      fields: { project: { key: 'ITOPS' }, issuetype: { name: 'Incident' }, summary: 'Card terminals offline in every store',
        reporter: { accountId: 'sandbox-customer-chris' }, priority: { name: 'Highest' }, components: [{ name: 'Payments' }] },
    });
    expect(created.status).toBe(201);
    key = created.body.key;
    await sandbox.api.settle();

    const sent = ((await (await fetch(`${sandbox.url}/__sandbox/outbox`)).json()) as OutboxEntry[]).filter((m) => (m.body ?? '').includes(key) || m.issueKey === key);
    for (const channel of ['slack', 'sms']) {
      const message = sent.find((m) => m.channel === channel);
      expect(message?.body).toContain(channel === 'slack' ? SHOWCASE_BRIDGE.payments.url : SHOWCASE_BRIDGE.payments.dialIn);
    }

    await page.goto(`/browse/${key}`);
    const ui = customUi(page);
    await byTestIdWith(ui, 'status-lozenge', 'data-status', 'active').waitFor();
    expect(await ui.getByTestId('bridge-url').innerText()).toBe(SHOWCASE_BRIDGE.payments.url);
    const comms = byTestIdWith(ui, 'timeline-item', 'data-type', 'communication');
    await comms.first().waitFor();
    const texts = await comms.allInnerTexts();
    expect(texts).toEqual(expect.arrayContaining([expect.stringContaining('responders via Slack'), expect.stringContaining('responders via SMS')]));
    // The page names the on-call person, not their account id.
    const paged = byTestIdWith(ui, 'timeline-item', 'data-type', 'paged');
    await paged.getByText('Ana Agent').first().waitFor();
    expect(await paged.innerText()).not.toContain('sandbox-agent-ana');
    await snap(page, 'showcase-p1-panel');
  });
});
