import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserServer, type LaunchOptions } from 'playwright-core';

// Jest transforms this file but lets Node resolve its imports, which would not find `./x.js`
// next to `x.ts`: so this file imports packages only, and the test files import from it.

/** Debian's Chromium: `npx playwright install` cannot download a browser on these machines. */
export const CHROMIUM_PATH = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';

/** Where the test files find the run's one browser. */
export const BROWSER_ENDPOINT_ENV = 'E2E_BROWSER_WS_ENDPOINT';

/** What globalTeardown needs from here; jest runs both in the same process. */
export interface E2eGlobals {
  e2eBrowserServer?: BrowserServer;
}

/**
 * Headless Chromium as this machine allows it: no sandbox (we run as root), no GPU, and no
 * background traffic, since the closed network refuses every connection Chromium makes on its
 * own. Playwright gives each launch a fresh temporary profile (it refuses a --user-data-dir arg).
 */
export function launchOptions(): LaunchOptions {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}: apt-get install -y chromium (or set E2E_CHROMIUM)`);
  }
  return {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  };
}

/**
 * Builds the Custom UI only when no build exists (a stale one is the UI work's business, and
 * rebuilding on every run would cost a minute), then starts the run's one browser.
 */
export default async function globalSetup(): Promise<void> {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  if (!existsSync(`${root}static/panel/build/index.html`)) {
    const r = spawnSync('npm', ['run', 'build:ui'], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('npm run build:ui failed; the e2e suite needs the Custom UI builds');
  }
  const server = await chromium.launchServer(launchOptions());
  (globalThis as E2eGlobals).e2eBrowserServer = server;
  // Workers start after globalSetup and inherit the environment.
  process.env[BROWSER_ENDPOINT_ENV] = server.wsEndpoint();
}
