import type { Browser, BrowserContext, Page } from 'playwright-core';
import { invocationStore } from '../../sandbox/forge/invoke/invocationScope.js';
import type { E2eSandbox } from './support/e2eSandbox.js';
import { closeSession, openSession } from './support/session.js';
import { USERS } from './support/sandboxApi.js';
import { snap } from './support/shell.js';

/** App code's view of the network: inside an invocation, where Forge's egress rules apply. */
const asAppCode = <T>(fn: () => Promise<T>) =>
  invocationStore.run({ invocationId: 'outbox-e2e', functionKey: 'commsSender', moduleKey: 'outbox-e2e', kind: 'function', deadline: Date.now() + 60_000 }, fn);

const SLACK = 'https://hooks.slack.com/services/T9/B9/e2e';

describe('the shell\'s outbox shows every delivery with its channel', () => {
  let sandbox: E2eSandbox;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    ({ sandbox, browser, context, page } = await openSession(USERS.agent));
  });
  afterAll(() => closeSession({ sandbox, browser, context }));

  it('lists a Slack post and an SMS with their channel, recipient, message and result', async () => {
    const statuses = await asAppCode(async () => [
      (await fetch(SLACK, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'P1 Payments: bridge open' }) })).status,
      (await fetch('https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json', {
        method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ To: '+447700900123', From: '+447700900000', Body: 'Join the bridge' }).toString(),
      })).status,
    ]);
    expect(statuses).toEqual([200, 201]);
    await page.goto('/outbox');
    const slack = page.locator('tr[data-channel="slack"]');
    await slack.waitFor();
    expect(await slack.innerText()).toMatch(/slack[\s\S]*hooks\.slack\.com\/services\/T9\/B9\/e2e[\s\S]*P1 Payments: bridge open[\s\S]*HTTP 200/i);
    expect(await page.locator('tr[data-channel="sms"]').innerText()).toMatch(/sms[\s\S]*\+447700900123[\s\S]*Join the bridge[\s\S]*HTTP 201/i);
    expect(await page.locator('thead').innerText()).toMatch(/Channel[\s\S]*Recipient/i);
    await snap(page, 'outbox-channels');
  });
});
