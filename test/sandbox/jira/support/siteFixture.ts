import Database from 'better-sqlite3';
import type { AddressInfo } from 'node:net';
import { createJiraHttpServer, createJiraSite, type JiraProductEvent, type JiraSite } from '../../../../sandbox/jira/index.js';
import { seedDemo } from '../../../../sandbox/seed/index.js';

/** A Wednesday afternoon in London (UTC in November), so office-hours SLAs are running. */
export const DEMO_NOW = new Date('2026-11-25T14:00:00.000Z');

export interface SiteFixture {
  site: JiraSite;
  events: JiraProductEvent[];
  /** Moves the virtual clock. */
  setNow(date: Date): void;
}

export function seededSite(now = DEMO_NOW): SiteFixture {
  let current = now;
  const events: JiraProductEvent[] = [];
  const site = createJiraSite({ db: new Database(':memory:'), clock: () => current, onEvent: (e) => events.push(e) });
  seedDemo(site, now);
  return { site, events, setNow: (d) => (current = d) };
}

/** Serves the site on 127.0.0.1 with an ephemeral port; close it when done. */
export async function listen(site: JiraSite): Promise<{ host: string; close: () => Promise<void> }> {
  const server = createJiraHttpServer(site);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    host: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** Calls the site directly (no HTTP) as a demo user, answering parsed JSON. */
export async function callAs(site: JiraSite, email: string, method: string, path: string, query: Record<string, string> = {}, body?: unknown) {
  const authorization = `Basic ${Buffer.from(`${email}:sandbox`).toString('base64')}`;
  const res = await site.handle({ method, path, query, headers: { authorization }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  return { status: res.status, body: res.body === '' ? undefined : (JSON.parse(res.body) as Record<string, unknown>) };
}

export const EMAIL = {
  agent: 'ana.agent@example.test',
  agent2: 'ben.agent@example.test',
  lead: 'lena.lead@example.test',
  manager: 'maya.manager@example.test',
  cio: 'carla.cio@example.test',
  admin: 'adam.admin@example.test',
  customer: 'chris.customer@example.test',
} as const;
