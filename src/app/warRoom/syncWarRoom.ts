import type { EscalationState } from '../../contracts/escalationState.js';
import type { EventLogEntry } from '../../contracts/events.js';
import type { Incident } from '../../domain/incident/incident.js';
import { wantsWarRoom } from '../../domain/warRoom/wantsWarRoom.js';
import { eventsToPost, postText } from '../../domain/warRoom/warRoomPosts.js';
import { warRoomSummary } from '../../domain/warRoom/warRoomSummary.js';
import { commsSettingsOrDefault } from '../comms/channels/commsSettingsOrDefault.js';
import { coordinationContextFor } from '../coordination/coordinationContextFor.js';
import type { Settings } from '../policies/loadSettings.js';
import type { Deps } from '../shared/deps.js';
import { inviteEngaged } from './inviteEngaged.js';
import { newWarRoom } from './newWarRoom.js';
import { openChannel } from './openChannel.js';
import { warRoomFacts } from './warRoomFacts.js';
import { SlackRateLimited, SlackRefused, WarRoomSession } from './warRoomSession.js';

export type WarRoomSync =
  | { kind: 'none'; reason: string }
  | { kind: 'held' }
  | { kind: 'waiting'; untilMs: number; reason: string }
  | { kind: 'synced'; state: 'open' | 'archived'; posted: number };

/** One sync at a time per incident; a sync takes seconds, so a dead holder's lease lapses soon. */
const LOCK_SECONDS = 120;
/** After a refusal that is not a rate limit (bad token, missing scope), try again this much later. */
const REFUSED_RETRY_MS = 15 * 60_000;
/** Posts per sync; a long backlog goes on in the next evaluation. */
const POSTS_PER_SYNC = 30;

/**
 * The incident's Slack war room, brought up to date: opened for a protocol-engaged or
 * high-priority incident (channel named from the template, the engaged people invited, the
 * summary with bridge and Jira link posted and pinned), each new escalation step, handoff and
 * public update posted, and archived once the incident is resolved. Rides on the incident's
 * evaluations. A claim per incident lets one invocation at a time talk to Slack, and every
 * step is saved as it succeeds, so two racing invocations open one channel, not two. A 429
 * stores Slack's Retry-After and arms the incident's exact timer for it.
 */
export async function syncWarRoom(deps: Deps, incident: Incident, state: EscalationState | null, settings: Settings): Promise<WarRoomSync> {
  const { coordination, slack } = deps;
  if (!coordination || !slack) return { kind: 'none', reason: 'war rooms are not wired in' };
  const key = incident.key;
  const existing = await coordination.getWarRoom(key);
  if (existing?.room.state === 'archived') return { kind: 'none', reason: 'the war room is archived' };
  const resolved = incident.statusCategory === 'done';
  if (!existing && resolved) return { kind: 'none', reason: 'the incident is resolved' };
  const comms = await commsSettingsOrDefault(deps.comms);
  // Off: nothing more is read, so an evaluation without war rooms costs two storage reads.
  if (!existing && !comms.warRoom.enabled) return { kind: 'none', reason: 'war rooms are off' };
  const facts = await warRoomFacts(coordination, incident, state, settings);
  const drill = existing?.room.drill ?? (deps.drills ? (await deps.drills.getDrill(key)) !== null : false);
  let why = existing?.room.why ?? '';
  if (!existing) {
    const w = wantsWarRoom(comms.warRoom, { protocols: facts.protocols, priority: facts.priority, resolved, drill });
    if (!w.wanted) return { kind: 'none', reason: w.why };
    why = w.why;
  }
  const now = deps.clock.now();
  const retryAt = existing?.room.retryAt ? Date.parse(existing.room.retryAt) : null;
  if (retryAt !== null && retryAt > now) return { kind: 'waiting', untilMs: retryAt, reason: existing?.room.lastError ?? 'Slack asked to wait' };
  const token = await deps.comms.getSecret('slackBotToken');
  if (!token) {
    if (!existing) await coordination.saveWarRoom({ ...newWarRoom(key, why, drill), lastError: 'no Slack bot token is set (Communications → Channels)' }, 1);
    return { kind: 'none', reason: 'no Slack bot token is set' };
  }
  const lock = `${key}/warroom/sync`;
  if (!(await deps.store.claimIntent(lock, LOCK_SECONDS))) return { kind: 'held' };
  try {
    // Read again under the claim: the previous holder may have opened the channel meanwhile.
    const current = await coordination.getWarRoom(key);
    const session = new WarRoomSession({ clock: deps.clock, coordination, slack }, token, current?.room ?? newWarRoom(key, why, drill), current?.revision ?? 0);
    if (!current) await session.save({});
    return await run(deps, session, incident, facts, comms, resolved, settings);
  } finally {
    await deps.store.releaseIntent(lock);
  }
}

async function run(deps: Deps, s: WarRoomSession, incident: Incident, facts: Awaited<ReturnType<typeof warRoomFacts>>, comms: Awaited<ReturnType<typeof commsSettingsOrDefault>>, resolved: boolean, settings: Settings): Promise<WarRoomSync> {
  const key = incident.key;
  const nowIso = new Date(deps.clock.now()).toISOString();
  let posted = 0;
  try {
    if (s.room.channelId === null) {
      await openChannel(s, incident, facts.priority, comms.warRoom, nowIso);
      await log(deps, key, 'warRoomOpened', `War room #${s.room.channelName} opened in Slack (${s.room.why}).`);
    }
    const channel = s.room.channelId!;
    await inviteEngaged(s, deps.host, facts.people);
    if (s.room.summaryTs === null) {
      // The escalation's bridge, or the line configured for the service, as the teams' pages carry it.
      const bridge = (await coordinationContextFor(deps, incident, settings)).bridge;
      const commander = facts.commander ? (await deps.host.getUser(facts.commander).catch(() => null))?.displayName ?? facts.commander : null;
      const text = warRoomSummary({
        key, summary: incident.summary ?? '', priority: facts.priority, service: incident.service, why: s.room.why, bridge,
        issueUrl: comms.siteUrl ? `${comms.siteUrl.replace(/\/$/, '')}/browse/${key}` : null, commander, drill: s.room.drill,
      });
      const r = await s.call('chat.postMessage', { channel, text, unfurl_links: false });
      await s.save({ summaryTs: typeof r === 'string' ? null : String(r.ts) });
    }
    if (!s.room.pinned && s.room.summaryTs !== null) {
      await s.call('pins.add', { channel, timestamp: s.room.summaryTs }, ['already_pinned']);
      await s.save({ pinned: true });
    }
    const events = eventsToPost(await deps.store.listEvents(key), s.room.postedThrough).filter((e) => !e.type.startsWith('warRoom'));
    for (const e of events.slice(0, POSTS_PER_SYNC)) {
      await s.call('chat.postMessage', { channel, text: postText(e, s.room.drill) });
      await s.save({ postedThrough: { at: e.at, seq: e.seq }, posts: s.room.posts + 1 });
      posted++;
    }
    if (resolved && events.length <= POSTS_PER_SYNC) {
      await s.call('conversations.archive', { channel }, ['already_archived']);
      await s.save({ state: 'archived', archivedAt: nowIso, lastError: null, retryAt: null });
      await log(deps, key, 'warRoomArchived', `War room #${s.room.channelName} archived: the incident is resolved.`);
      return { kind: 'synced', state: 'archived', posted };
    }
    if (s.room.lastError !== null) await s.save({ lastError: null, retryAt: null });
    return { kind: 'synced', state: 'open', posted };
  } catch (e) {
    if (e instanceof SlackRateLimited) {
      const untilMs = deps.clock.now() + e.retryAfterSeconds * 1000;
      await s.save({ retryAt: new Date(untilMs).toISOString(), lastError: `rate-limited by Slack; retrying after ${e.retryAfterSeconds} s` });
      await deps.queue.scheduleEvaluation(key, Math.max(1, Math.ceil(e.retryAfterSeconds)), untilMs);
      return { kind: 'waiting', untilMs, reason: s.room.lastError! };
    }
    if (e instanceof SlackRefused) {
      const untilMs = deps.clock.now() + REFUSED_RETRY_MS;
      await s.save({ retryAt: new Date(untilMs).toISOString(), lastError: `Slack refused ${e.message}` });
      return { kind: 'waiting', untilMs, reason: s.room.lastError! };
    }
    throw e;
  }
}

async function log(deps: Deps, incidentKey: string, type: 'warRoomOpened' | 'warRoomArchived', detail: string): Promise<void> {
  const entry: EventLogEntry = {
    incidentKey, at: new Date(deps.clock.now()).toISOString(), type, path: null, level: null, loop: 0, detail, policyId: null, policyVersion: null,
    seq: type === 'warRoomOpened' ? 990 : 991,
  };
  await deps.store.appendEvents([entry]);
}

/** For callers whose own work is done: a war-room failure is logged and caught up by the next evaluation. */
export async function syncWarRoomQuietly(deps: Deps, incident: Incident, state: EscalationState | null, settings: Settings): Promise<void> {
  await syncWarRoom(deps, incident, state, settings).catch((e: unknown) => console.warn(`${incident.key}: the war room will catch up on the next evaluation`, e));
}
