import type { HeartbeatCreated, HeartbeatInput, HeartbeatView } from '../../src/contracts/heartbeat.js';
import type { SyntheticCheckInput, SyntheticView } from '../../src/contracts/synthetic.js';
import type { AdminCall } from './integrationsSeed.js';

/** What the seed needs of the runtime to ping like a job would: the webtrigger, as Forge calls it. */
export type PingWebtrigger = (request: { method: string; path: string; headers: Record<string, string[]>; queryParameters: Record<string, string[]>; body: string }) => Promise<{ statusCode: number; body?: string }>;

/**
 * The demo heartbeat: a nightly backup that must check in once a day (two hours' grace), through
 * the Prometheus integration, so a missed night opens a Payments incident like any alert.
 */
export const DEMO_HEARTBEATS: readonly HeartbeatInput[] = [
  { id: 'nightly-backup', name: 'Nightly backup job', integrationId: 'prometheus', intervalMinutes: 24 * 60, graceMinutes: 120, severity: 'error' },
];

/**
 * Adds each demo heartbeat that does not exist yet through the app's own admin resolvers, then
 * pings it once through the real webtrigger with the secret it was given, so the settings page
 * shows a last ping and a deadline. Existing heartbeats are left alone. Returns the ids created.
 */
export async function seedHeartbeats(call: AdminCall, ping: PingWebtrigger): Promise<string[]> {
  const existing = new Set((await call<HeartbeatView[]>('listHeartbeats', {})).map((v) => v.heartbeat.id));
  const created: string[] = [];
  for (const heartbeat of DEMO_HEARTBEATS) {
    if (existing.has(heartbeat.id)) continue;
    const { view, secret } = await call<HeartbeatCreated>('createHeartbeat', { heartbeat, reason: 'Sandbox demo heartbeat' });
    const r = await ping({ method: 'POST', path: '/', headers: { Authorization: [`Bearer ${secret}`] }, queryParameters: { heartbeat: [view.heartbeat.id] }, body: '' });
    if (r.statusCode !== 202) throw new Error(`seeding heartbeat ${view.heartbeat.id}: first ping answered ${r.statusCode} ${r.body ?? ''}`);
    created.push(view.heartbeat.id);
  }
  return created;
}

/**
 * A synthetic check of the Prometheus path, off: every run opens a drill and pages someone, which
 * must never happen under other demos and tests by itself. "Run now" works regardless.
 */
export const DEMO_SYNTHETIC_CHECKS: readonly SyntheticCheckInput[] = [
  { id: 'prometheus-pager-path', name: 'Prometheus pager path', integrationId: 'prometheus', intervalMinutes: 24 * 60, boundMinutes: 5, enabled: false },
];

/** Adds each demo synthetic check that does not exist yet, through the admin resolvers. */
export async function seedSyntheticChecks(call: AdminCall): Promise<string[]> {
  const existing = new Set((await call<SyntheticView[]>('listSyntheticChecks', {})).map((v) => v.check.id));
  const created: string[] = [];
  for (const check of DEMO_SYNTHETIC_CHECKS) {
    if (existing.has(check.id)) continue;
    await call('saveSyntheticCheck', { check, reason: 'Sandbox demo synthetic check' });
    created.push(check.id);
  }
  return created;
}
