import { heartbeatDeadline } from '../../../../domain/alerts/heartbeats/heartbeatDeadline.js';
import { rotateSecret } from '../../../../domain/alerts/auth/rotateSecret.js';
import type { Heartbeat, HeartbeatCreated, HeartbeatState, HeartbeatView, SaveHeartbeatRequest } from '../../../../contracts/heartbeat.js';
import type { HeartbeatStore } from '../../../../ports/heartbeatStore.js';
import { recordAdminChange } from '../../../access/recordAdminChange.js';
import { loadSettings } from '../../../policies/loadSettings.js';
import type { Actor } from '../../../shared/actor.js';
import { AppError } from '../../../shared/appError.js';
import type { Deps } from '../../../shared/deps.js';
import { authorizeIntegrations } from '../../admin/integrationDeps.js';
import { ingestBase } from '../../admin/integrationView.js';
import { newSecret } from '../../admin/newSecret.js';
import { armHeartbeatTimer } from '../armHeartbeatTimer.js';
import { heartbeatView } from './heartbeatView.js';
import { parseHeartbeat } from './parseHeartbeat.js';

/*
 * Heartbeats are managed by whoever manages integrations (policy admins): a heartbeat's URL
 * and secret, like an integration's, let its holder open or close incidents.
 */

export async function listHeartbeats(deps: Deps, actor: Actor): Promise<HeartbeatView[]> {
  await authorizeIntegrations(deps, actor, 'listHeartbeats');
  const store = heartbeats(deps);
  const [list, integrations, base] = await Promise.all([store.listHeartbeats(), deps.alerts.listIntegrations(), ingestBase(deps)]);
  return Promise.all(list.map((h) => heartbeatView(deps, h, integrations, base)));
}

/** Adds a heartbeat with a fresh secret, returned this once; its first deadline runs from now. */
export async function createHeartbeat(deps: Deps, actor: Actor, req: SaveHeartbeatRequest): Promise<HeartbeatCreated> {
  await authorizeIntegrations(deps, actor, 'createHeartbeat');
  const store = heartbeats(deps);
  const h = await parse(deps, req.heartbeat);
  if (await store.getHeartbeat(h.id)) throw new AppError('CONFLICT', `a heartbeat "${h.id}" already exists`, [{ field: 'id', message: 'already in use; choose another id' }]);
  const secret = newSecret();
  // Secret first: a heartbeat must never exist, even briefly, without a way to ping it.
  await store.saveSecret(h.id, { current: secret, previous: null, previousValidUntil: null });
  await store.saveHeartbeat(h);
  await restartDeadline(deps, store, h, null);
  await recordAdminChange(deps, actor, 'createHeartbeat', null, `${h.id}: ${req.reason}`);
  return { view: await viewOf(deps, h), secret };
}

/** Changes a heartbeat; a new interval or grace applies to the current wait at once. */
export async function updateHeartbeat(deps: Deps, actor: Actor, req: SaveHeartbeatRequest): Promise<HeartbeatView> {
  await authorizeIntegrations(deps, actor, 'updateHeartbeat');
  const store = heartbeats(deps);
  const h = await parse(deps, req.heartbeat);
  const before = await store.getHeartbeat(h.id);
  if (!before) throw new AppError('NOT_FOUND', `no heartbeat "${h.id}"`, [{ field: 'id', message: 'no such heartbeat' }]);
  await store.saveHeartbeat(h);
  await restartDeadline(deps, store, h, before);
  await recordAdminChange(deps, actor, 'updateHeartbeat', null, `${h.id}: ${req.reason}`);
  return viewOf(deps, h);
}

export async function deleteHeartbeat(deps: Deps, actor: Actor, id: string, reason: string): Promise<{ deleted: string }> {
  await authorizeIntegrations(deps, actor, 'deleteHeartbeat');
  const store = heartbeats(deps);
  if (!(await store.getHeartbeat(id))) throw new AppError('NOT_FOUND', `no heartbeat "${id}"`);
  await store.deleteHeartbeat(id);
  await recordAdminChange(deps, actor, 'deleteHeartbeat', null, `${id}: ${reason}`);
  return { deleted: id };
}

/** A new secret, returned once; the old one keeps working for a day so the job can be moved over. */
export async function rotateHeartbeatSecret(deps: Deps, actor: Actor, id: string, reason: string): Promise<HeartbeatCreated> {
  await authorizeIntegrations(deps, actor, 'rotateHeartbeatSecret');
  const store = heartbeats(deps);
  const h = await store.getHeartbeat(id);
  if (!h) throw new AppError('NOT_FOUND', `no heartbeat "${id}"`);
  const secret = newSecret();
  await store.saveSecret(id, rotateSecret(await store.getSecret(id), secret, new Date(deps.clock.now())));
  await recordAdminChange(deps, actor, 'rotateHeartbeatSecret', null, `${id}: ${reason}`);
  return { view: await viewOf(deps, h), secret };
}

function heartbeats(deps: Deps): HeartbeatStore {
  if (!deps.heartbeats) throw new AppError('INVALID', 'heartbeats are not available in this installation');
  return deps.heartbeats;
}

async function parse(deps: Deps, input: unknown): Promise<Heartbeat> {
  const [integrations, settings] = await Promise.all([deps.alerts.listIntegrations(), loadSettings(deps.store)]);
  return parseHeartbeat(input, integrations.map((i) => i.id), settings.config);
}

async function viewOf(deps: Deps, h: Heartbeat): Promise<HeartbeatView> {
  return heartbeatView(deps, h, await deps.alerts.listIntegrations(), await ingestBase(deps));
}

/**
 * The deadline after a create or edit: counted from the last ping (or from now, before the
 * first ping and when the heartbeat is switched back on), with a timer armed for it. A miss
 * already recorded stays until pings resume.
 */
async function restartDeadline(deps: Deps, store: HeartbeatStore, h: Heartbeat, before: Heartbeat | null): Promise<void> {
  const now = deps.clock.now();
  const state = await store.getState(h.id);
  if (state?.status === 'missed' || !h.enabled) return;
  const from = state?.lastPingAt && before?.enabled !== false ? Date.parse(state.lastPingAt) : now;
  const base: HeartbeatState = state ?? { schema: 1, id: h.id, status: 'waiting', lastPingAt: null, pings: 0, deadlineAt: new Date(now).toISOString(), timerDueAt: null, missedAt: null, incidentKey: null, lastIncidentKey: null };
  const next = { ...base, deadlineAt: heartbeatDeadline(h, new Date(Math.max(from, now - (h.intervalMinutes + h.graceMinutes) * 60_000))).toISOString() };
  await store.saveState(await armHeartbeatTimer(deps, next, now));
}
