import type { E2eGlobals } from './globalSetup.js';

/** Closes the browser globalSetup started (type-only import: Node resolves nothing here). */
export default async function globalTeardown(): Promise<void> {
  await (globalThis as E2eGlobals).e2eBrowserServer?.close();
}
