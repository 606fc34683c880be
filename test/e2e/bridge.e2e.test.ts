import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { closeSession, openSession } from './support/session.js';
import { PANEL_MODULE, USERS } from './support/sandboxApi.js';
import { byTestIdWith, customUi, snap, waitForSurface } from './support/shell.js';

// "Payment gateway timeouts for EU customers": a P1 on Payments (mission-critical), not escalated yet.
const ISSUE = 'ITOPS-2';
const BRIDGE = 'https://meet.example.com/payments-war-room';
const DIAL_IN = '+44 20 7946 0000,,246810#';
const OWNER = 'sandbox-director-dev';

interface OutboxEntry { channel: string; to: string[]; subject: string | null; body: string | null; issueKey: string | null }

describe('a P1 on Payments opens a bridge, chases a missing owner, and only the comms lead may publish', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  const outbox = async (): Promise<OutboxEntry[]> => {
    const r = await fetch(`${sandbox.url}/__sandbox/outbox`);
    return ((await r.json()) as OutboxEntry[]).filter((e) => e.issueKey === ISSUE);
  };

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.agent));
    // An admin configures the Payments bridge line (the comms sections are optional in the configuration).
    const current = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'getConfig', {});
    expect(current.body).toMatchObject({ ok: true });
    const config = { ...current.body.data.config, bridge: { openAtOrAbove: 'P2', services: { Payments: { url: BRIDGE, dialIn: DIAL_IN } }, joinMinutes: 10 } };
    const saved = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'saveConfig', { config, reason: 'Payments war room bridge for P1 and P2' });
    expect(saved.body).toMatchObject({ ok: true });
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('pages the executive tier with the bridge details, and the panel shows the bridge', async () => {
    await page.goto(`/browse/${ISSUE}`);
    const ui = customUi(page);
    await waitForSurface(page, 'escalate-button');
    await ui.getByTestId('escalate-button').click();
    await ui.getByTestId('escalate-path').selectOption('executive');
    await ui.getByTestId('escalate-level').selectOption('1');
    await ui.getByTestId('escalate-reason').fill('Card payments failing across the EU; director to the bridge');
    await ui.getByTestId('escalate-confirm').click();
    await byTestIdWith(ui, 'status-lozenge', 'data-status', 'active').waitFor();

    await ui.getByTestId('bridge-url').waitFor();
    expect(await ui.getByTestId('bridge-url').innerText()).toBe(BRIDGE);
    expect(await ui.getByTestId('bridge-dial-in').innerText()).toContain(DIAL_IN);
    expect(await byTestIdWith(ui, 'bridge-owner', 'data-account', OWNER).innerText()).toContain('not joined yet');
    await snap(page, 'bridge-opened');

    const pages = (await outbox()).filter((e) => e.channel === 'email' && e.to.includes(OWNER));
    expect(pages).toHaveLength(1);
    expect(pages[0]?.body).toContain(`Bridge line: ${BRIDGE} (dial-in ${DIAL_IN})`);
  });

  it('follows up with an owner who has not confirmed joining within 10 virtual minutes', async () => {
    await sandbox.api.advanceMinutes(9);
    await sandbox.api.settle();
    expect((await outbox()).filter((e) => e.subject?.includes('Bridge: please join now'))).toEqual([]);
    await sandbox.api.advanceMinutes(1);
    await sandbox.api.settle();
    const followUps = (await outbox()).filter((e) => e.subject?.includes('Bridge: please join now'));
    expect(followUps.map((e) => e.to)).toEqual([[OWNER]]);
    expect(followUps[0]?.body).toContain(BRIDGE);

    await page.reload();
    const ui = customUi(page);
    await waitForSurface(page, 'bridge-card');
    expect(await byTestIdWith(ui, 'bridge-owner', 'data-account', OWNER).innerText()).toMatch(/followed up/);
    await byTestIdWith(ui, 'timeline-item', 'data-type', 'bridgeMissed').waitFor();
    await snap(page, 'bridge-follow-up');
  });

  it('refuses a public update from an agent without the comms lead role: the error is shown and the attempt logged', async () => {
    const ui = customUi(page);
    await ui.getByTestId('publish-text').fill('We are investigating failed card payments in the EU.');
    await ui.getByTestId('publish-update-button').click();
    const error = ui.getByTestId('publish-update-form').getByTestId('error-state');
    await error.waitFor();
    expect(await error.innerText()).toContain('Only the designated comms lead');
    await snap(page, 'publish-refused');

    const log = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'listAccessLog', { limit: 20 });
    expect(log.body.data).toEqual(expect.arrayContaining([
      expect.objectContaining({ accountId: USERS.agent.accountId, action: 'publishStatusUpdate', issueKey: ISSUE, allowed: false })]));
    const refused = await sandbox.api.invoke(USERS.agent, PANEL_MODULE, 'publishUpdate',
      { issueKey: ISSUE, channel: 'jsm-public-comment', text: 'Straight to the resolver, around the panel.', requestId: 'e2e-bypass-1' }, ISSUE);
    expect(refused.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
