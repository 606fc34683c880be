import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { closeSession, openSession } from './support/session.js';
import { USERS } from './support/sandboxApi.js';
import { openAdminTab } from './support/adminPage.js';
import { customUi, signedInContext, snap, waitForSurface } from './support/shell.js';

// "Payment gateway timeouts for EU customers": a P1 on Payments, which the joint protocol covers.
const ISSUE = 'ITOPS-2';
const CHANNEL = 'inc-itops-2-payments';
/** The last four characters of the demo bot token, which is all the page may show. */
const DEMO_TOKEN_TAIL = 'oken';

interface SlackView { channels: Array<{ name: string; archived: boolean; members: string[]; messages: Array<{ text: string; pinned: boolean }> }> }
interface OutboxEntry { channel: string; recipient: string; body: string | null }

describe('a Payments P1 gets one Slack war room, linked from the panel', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const slack = async (): Promise<SlackView> => (await (await fetch(`${sandbox.url}/__sandbox/slack`)).json()) as SlackView;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.agent));
    // The demo seeds the bot token with war rooms off; the admin turns them on, as on a real site.
    const current = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'getCommsChannels', {});
    const settings = current.body.data.settings as { warRoom: Record<string, unknown> };
    const saved = await sandbox.api.invoke(USERS.admin, 'escalation-admin', 'saveCommsChannels', { settings: { ...settings, warRoom: { ...settings.warRoom, enabled: true } }, reason: 'open war rooms in Slack' });
    if (!saved.body.ok) throw new Error(JSON.stringify(saved.body));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('escalating opens #inc-itops-2-payments: the liaisons invited, the summary pinned, each step posted, the link on the panel', async () => {
    await page.goto(`/browse/${ISSUE}`);
    const ui = customUi(page);
    await waitForSurface(page, 'escalate-button');
    await ui.getByTestId('escalate-button').click();
    await ui.getByTestId('escalate-reason').fill('Card payments failing across the EU');
    await ui.getByTestId('escalate-confirm').click();
    await sandbox.api.settle();
    await page.reload();
    await waitForSurface(page, 'war-room-link');
    const link = ui.getByTestId('war-room-link');
    expect(await link.innerText()).toBe(`#${CHANNEL}`);
    expect(await link.getAttribute('href')).toMatch(/^https:\/\/slack\.com\/app_redirect\?channel=C\d+$/);
    expect(await ui.getByTestId('war-room').getAttribute('data-state')).toBe('open');
    await snap(page, 'war-room-panel');

    const rooms = (await slack()).channels.filter((c) => c.name.startsWith(`inc-itops-2`));
    expect(rooms.map((c) => c.name)).toEqual([CHANNEL]);
    const room = rooms[0]!;
    expect(room.members).toEqual(expect.arrayContaining(['Ana Agent', 'Ben Agent', 'Omar Lead']));
    expect(room.messages[0]).toMatchObject({ pinned: true, text: expect.stringContaining(`${ISSUE}: Payment gateway timeouts`) });
    expect(room.messages.filter((m) => m.text.startsWith('*Team engaged*'))).toHaveLength(3);
    const posts = ((await (await fetch(`${sandbox.url}/__sandbox/outbox?channel=slack`)).json()) as OutboxEntry[]).filter((e) => e.recipient === `#${CHANNEL}`);
    expect(posts.some((p) => p.body?.startsWith('*Team engaged*'))).toBe(true);
  });

  it('another evaluation of the incident opens no second channel and repeats no post', async () => {
    const before = (await slack()).channels.find((c) => c.name === CHANNEL)!.messages.length;
    await sandbox.api.sweep();
    await sandbox.api.advanceMinutes(6);
    await sandbox.api.settle();
    const after = (await slack()).channels.filter((c) => c.name.startsWith('inc-itops-2'));
    expect(after).toHaveLength(1);
    const texts = after[0]!.messages.map((m) => m.text);
    expect(texts.length).toBeGreaterThanOrEqual(before);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('the admin sees the war-room settings with the bot token masked, never in full', async () => {
    const admin = await signedInContext(browser, sandbox.url, USERS.admin);
    try {
      const adminPage = await admin.newPage();
      await openAdminTab(adminPage, 'comms', 'war-room-settings');
      const ui = customUi(adminPage);
      const settings = ui.getByTestId('war-room-settings');
      expect(await settings.getByTestId('field-settings.warRoom.enabled').isChecked()).toBe(true);
      expect(await settings.getByTestId('field-settings.warRoom.nameTemplate').inputValue()).toBe('inc-{{key}}-{{service}}');
      const token = settings.getByTestId('field-secrets.slackBotToken');
      expect(await token.inputValue()).toBe('');
      const text = await settings.innerText();
      expect(text).toContain(`set: ••••${DEMO_TOKEN_TAIL}`);
      expect(text).not.toContain('1000000001-2000000002');
      await token.fill('https://hooks.slack.com/not-a-bot-token');
      await ui.getByTestId('channels-save').click();
      await ui.getByTestId('change-reason-input').fill('try a webhook as the token');
      await ui.getByTestId('reason-dialog-confirm').click();
      await ui.getByTestId('error-secrets.slackBotToken').waitFor();
      expect(await ui.getByTestId('error-secrets.slackBotToken').innerText()).toContain('must be a Slack bot token');
      await snap(adminPage, 'war-room-settings');
    } finally {
      await admin.close();
    }
  });
});
