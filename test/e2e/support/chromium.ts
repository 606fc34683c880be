import { chromium, type Browser } from 'playwright-core';
import { BROWSER_ENDPOINT_ENV } from './globalSetup.js';

/** The run's one browser, started by globalSetup; each test file holds its own connection. */
export async function connectBrowser(): Promise<Browser> {
  const endpoint = process.env[BROWSER_ENDPOINT_ENV];
  if (!endpoint) throw new Error(`${BROWSER_ENDPOINT_ENV} is not set: run the suite with npm run test:e2e`);
  return chromium.connect(endpoint);
}
