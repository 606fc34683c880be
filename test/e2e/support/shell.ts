import type { Browser, BrowserContext, Frame, FrameLocator, Locator, Page } from 'playwright-core';
import { artifactPath } from './paths.js';
import type { DemoUser } from './sandboxApi.js';

export type Theme = 'light' | 'dark';

/** Generous enough for a cold Custom UI bundle on two busy cores; a missing element still fails. */
const WAIT_MS = 20_000;

/**
 * A browser context signed in to the shell as `user`: the user switcher's cookie, which the
 * server also reads for the bridge calls the frames make. The theme is the shell's own
 * localStorage setting, written before any page script runs.
 */
export async function signedInContext(browser: Browser, baseUrl: string, user: DemoUser, theme: Theme = 'light'): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 900 }, colorScheme: theme });
  context.setDefaultTimeout(WAIT_MS);
  await context.addCookies([{ name: 'sandbox_user', value: user.accountId, url: baseUrl }]);
  await context.addInitScript((mode) => {
    // Frames are sandboxed without allow-same-origin: they have no localStorage to write to.
    try { window.localStorage.setItem('sandbox-theme', mode); } catch { /* opaque-origin frame */ }
  }, theme);
  return context;
}

/** The page's Custom UI frame (the shell shows one per page), for locating inside it. */
export function customUi(page: Page): FrameLocator {
  return page.frameLocator('iframe.custom-ui');
}

/** The same frame as a Frame, for evaluating scripts in it (axe-core, markers). */
export async function customUiFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe.custom-ui').elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error('The page has no Custom UI frame');
  return frame;
}

/**
 * Waits until the page's Custom UI has rendered `readyTestId`, or failed into its error state;
 * the latter saves a screenshot and throws with the message the UI shows, so a failing test
 * names the back end's refusal.
 */
export async function waitForSurface(page: Page, readyTestId: string, options: { timeout?: number; artifact?: string } = {}): Promise<Locator> {
  const { timeout = WAIT_MS, artifact = `error-state-instead-of-${readyTestId}` } = options;
  const ui = customUi(page);
  const ready = ui.getByTestId(readyTestId);
  const failed = ui.getByTestId('error-state');
  await ready.or(failed).first().waitFor({ timeout });
  if (await failed.count() > 0 && !(await ready.count())) {
    await snap(page, artifact);
    throw new Error(`The Custom UI shows its error state instead of "${readyTestId}": ${(await failed.first().innerText()).replace(/\s+/g, ' ')}`);
  }
  return ready;
}

/** Waits for an element with a data-testid and a given attribute value, e.g. the lozenge's data-status. */
export function byTestIdWith(ui: FrameLocator, testId: string, attribute: string, value: string): Locator {
  return ui.locator(`[data-testid="${testId}"][${attribute}="${value}"]`);
}

/** Saves a full-page screenshot under test-artifacts/e2e/. */
export async function snap(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: artifactPath(name), fullPage: true });
}

/**
 * Call when a frame's content has just shrunk while the shell's page was scrolled down: the shell
 * resizes the frame, the page's scroll is clamped, and Debian's Chromium then routes the next real
 * click to the <iframe> element in the shell (its listeners saw pointerdown and click on IFRAME)
 * instead of into the out-of-process frame, until the page scrolls once more. This waits for the
 * frame's height to hold still for half a second, then scrolls the page up by one pixel, as a
 * person reaching for the button would (one pixel and back in the same task is no scroll at all).
 */
export async function afterFrameShrinks(page: Page): Promise<void> {
  const height = () => page.locator('iframe.custom-ui').evaluate((f) => (f as HTMLElement).style.height);
  let last = await height();
  for (let stable = 0; stable < 5;) {
    await page.waitForTimeout(100);
    const now = await height();
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
  await page.evaluate(() => window.scrollBy(0, -1));
}
