import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoSeed } from '../../../sandbox/server/seedEscalation.js';
import { startSandbox } from '../../../sandbox/server/startSandbox.js';
import { ROOT } from './paths.js';
import { sandboxApi, type SandboxApi } from './sandboxApi.js';

/** A Wednesday afternoon in London, so office-hours SLAs are running when the suite starts. */
export const START = Date.parse('2026-11-25T14:00:00.000Z');

export interface E2eSandbox {
  url: string;
  api: SandboxApi;
  close(): Promise<void>;
}

/**
 * The unmodified app on the emulated Forge runtime and JSM site, served in this process on a
 * free 127.0.0.1 port, with its state files in a fresh temporary directory so no run sees
 * another's data. Time stands still until a test moves it. The lighter fixture seed unless a
 * test asks for `npm start`'s showcase.
 */
export async function startE2eSandbox(demo: DemoSeed = 'fixture'): Promise<E2eSandbox> {
  const stateDir = mkdtempSync(join(tmpdir(), 'e2e-sandbox-'));
  const running = await startSandbox({ root: ROOT, port: 0, speed: 0, startAt: START, stateDir, demo });
  return {
    url: running.url,
    api: sandboxApi(running.url),
    async close() {
      await running.close();
      rmSync(stateDir, { recursive: true, force: true });
    },
  };
}
