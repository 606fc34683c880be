import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSandbox, type RunningSandbox } from '../../../../sandbox/server/startSandbox.js';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** A Wednesday afternoon in London, so office-hours SLAs are running. */
export const START = Date.parse('2026-11-25T14:00:00.000Z');

export const EMAIL = {
  agent: 'ana.agent@example.test',
  admin: 'adam.admin@example.test',
  customer: 'chris.customer@example.test',
} as const;

/** A fresh directory for a sandbox's state; `remove()` deletes it. */
export function tempState(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'sandbox-state-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The sandbox on a free port with time standing still at START until a test moves it. */
export function startTestSandbox(stateDir?: string): Promise<RunningSandbox> {
  return startSandbox({ root: ROOT, port: 0, speed: 0, startAt: START, ...(stateDir ? { stateDir } : {}) });
}

export interface Reply {
  status: number;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- JSON under test
}

/** A small HTTP client: JSON in and out, optionally as a demo user (Basic auth or the shell's header). */
export function client(base: string) {
  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Reply> {
    const res = await fetch(base + path, {
      method,
      headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers },
      ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: text === '' ? undefined : (JSON.parse(text) as unknown) };
  }
  const basic = (email: string) => ({ authorization: `Basic ${Buffer.from(`${email}:sandbox`).toString('base64')}` });
  return {
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Record<string, string>) => call('POST', path, body ?? {}, headers),
    del: (path: string) => call('DELETE', path),
    /** Jira REST as a demo user. */
    jira: (email: string, method: string, path: string, body?: unknown) => call(method, path, body, basic(email)),
    /** A Custom UI `invoke()` through the shell's bridge endpoint, as `user` (accountId or email). */
    invoke: (user: string, moduleKey: string, functionKey: string, payload: unknown, extension?: unknown) =>
      call('POST', '/__sandbox/bridge/invoke', { moduleKey, functionKey, payload, ...(extension ? { extension } : {}) }, { 'x-sandbox-user': user }),
  };
}
