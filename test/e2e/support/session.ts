import type { Browser, BrowserContext, Page } from 'playwright-core';
import { connectBrowser } from './chromium.js';
import { startE2eSandbox, type E2eSandbox } from './e2eSandbox.js';
import type { DemoUser } from './sandboxApi.js';
import type { DemoSeed } from '../../../sandbox/server/seedEscalation.js';
import { signedInContext } from './shell.js';

/** What most test files need: their own sandbox, the run's browser and a signed-in page. */
export interface E2eSession {
  sandbox: E2eSandbox;
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

/** Starts a sandbox (the fixture seed unless `demo` says) and signs `user` in; on failure, closes whatever it had opened. */
export async function openSession(user: DemoUser, demo: DemoSeed = 'fixture'): Promise<E2eSession> {
  const [sandbox, browser] = await Promise.all([startE2eSandbox(demo), connectBrowser()]);
  try {
    const context = await signedInContext(browser, sandbox.url, user);
    return { sandbox, browser, context, page: await context.newPage() };
  } catch (e) {
    await closeSession({ sandbox, browser });
    throw e;
  }
}

export async function closeSession(s: Partial<E2eSession>): Promise<void> {
  await s.context?.close();
  await s.browser?.close();
  await s.sandbox?.close();
}
