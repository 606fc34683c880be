import { HeartbeatIdSchema, type HeartbeatState } from '../../../contracts/heartbeat.js';
import { safeEqual } from '../../../domain/alerts/auth/hmacSignature.js';
import { acceptedSecrets } from '../../../domain/alerts/auth/rotateSecret.js';
import { heartbeatDeadline } from '../../../domain/alerts/heartbeats/heartbeatDeadline.js';
import type { Deps } from '../../shared/deps.js';
import { refuse, respond, type IngestOutcome } from '../ingest/ingestResponse.js';
import { header, query, type WebtriggerRequest } from '../ingest/webtriggerRequest.js';
import { armHeartbeatTimer } from './armHeartbeatTimer.js';
import { resumeHeartbeat } from './resumeHeartbeat.js';

/** Cron jobs ping with whatever their HTTP client does by default: curl GETs, most libraries POST. */
const METHODS = ['GET', 'POST', 'PUT'];

/**
 * A job checking in at `?heartbeat=<id>` on the alert webtrigger. Authenticated like the other
 * senders, with the heartbeat's own secret: `Authorization: Bearer <secret>`, or `&token=` for
 * schedulers that can only call a URL; the current and (inside its overlap) previous secret are
 * compared in constant time. Refusals store nothing (404 unknown or disabled, 401/403 bad
 * credentials, 405). An accepted ping moves the deadline on, makes sure an exact timer will
 * check it, and resolves the incident a miss opened. Storage or Jira failing answers 503, so a
 * scheduler that retries does.
 */
export async function pingHeartbeat(deps: Deps, req: WebtriggerRequest): Promise<IngestOutcome> {
  if (!METHODS.includes(req.method.toUpperCase())) return out(refuse(405, 'a heartbeat ping is a GET, POST or PUT', [], { Allow: METHODS.join(', ') }));
  const id = HeartbeatIdSchema.safeParse(query(req, 'heartbeat'));
  const store = deps.heartbeats;
  const h = id.success && store ? await store.getHeartbeat(id.data) : null;
  if (!store || !h || !h.enabled) return out(refuse(404, 'unknown or disabled heartbeat'));
  const now = new Date(deps.clock.now());
  const secrets = acceptedSecrets(await store.getSecret(h.id), now);
  const given = header(req, 'authorization')?.match(/^Bearer\s+(\S+)\s*$/i)?.[1] ?? query(req, 'token');
  if (!given) return out(refuse(401, 'missing Authorization: Bearer <secret> (or &token=<secret>)'));
  // map-then-some: every comparison runs, whichever matches.
  if (secrets.length === 0 || !secrets.map((s) => safeEqual(given, s)).some(Boolean)) return out(refuse(403, 'wrong heartbeat secret'));

  const state = await store.getState(h.id);
  let note = 'ping recorded';
  // The incident first: if resolving it fails, the state still says missed and the next ping retries.
  if (state?.status === 'missed') note = await resumeHeartbeat(deps, h, state, now);
  const base: HeartbeatState = state ?? { schema: 1, id: h.id, status: 'waiting', lastPingAt: null, pings: 0, deadlineAt: now.toISOString(), timerDueAt: null, missedAt: null, incidentKey: null, lastIncidentKey: null };
  const next = await armHeartbeatTimer(deps, {
    ...base, status: 'up', lastPingAt: now.toISOString(), pings: base.pings + 1,
    deadlineAt: heartbeatDeadline(h, now).toISOString(), missedAt: null, incidentKey: null,
  }, now.getTime());
  await store.saveState(next);
  return out(respond(202, { status: 'accepted', heartbeat: h.id, reason: note, nextDeadline: next.deadlineAt }));
}

const out = (r: ReturnType<typeof respond>): IngestOutcome => ({ ...r, results: [] });
