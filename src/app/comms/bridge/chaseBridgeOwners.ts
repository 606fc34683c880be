import { describeTarget } from '../../../domain/escalation/describeTarget.js';
import type { EscalationState } from '../../../contracts/escalationState.js';
import type { BridgeOwner, BridgeRecord } from '../../../contracts/incidentComms.js';
import type { BridgeSettings } from '../../../contracts/incidentCommsConfig.js';
import type { Policy, Target } from '../../../contracts/policy.js';
import { bridgeFollowUps } from '../../../domain/comms/bridge/bridgeFollowUps.js';
import { ackLinksFor } from '../../ackLinks/ackLinks.js';
import type { Deps } from '../../shared/deps.js';
import { bridgeText } from './bridgeNote.js';
import { appendCommsEvent } from '../state/commsEvent.js';
import { logCommunication } from '../state/logCommunication.js';
import { addOwners, pagedPeople } from './openBridge.js';
import { onceOnly } from '../../shared/onceOnly.js';

export interface Chased {
  bridge: BridgeRecord;
  /** When the bridge next needs looking at; null when nobody is still awaited. */
  nextAt: number | null;
}

/**
 * Chases owners who have not confirmed joining the bridge: past the deadline one follow-up
 * page to them, and if that goes unanswered for `escalateAfterMinutes`, a page to their
 * level's backups, or the next level of their path when it has none. Each page is sent once
 * per owner and episode (claimed by key), logged as a communication and a `bridgeMissed` event;
 * the people the escalation pages become owners too.
 */
export async function chaseBridgeOwners(deps: Deps, incidentKey: string, state: EscalationState, bridge: BridgeRecord,
  settings: BridgeSettings, policy: Policy | null): Promise<Chased> {
  const now = deps.clock.now();
  const toDate = (o: BridgeOwner) => ({ accountId: o.accountId, pagedAt: new Date(o.pagedAt),
    ...(o.followedUpAt ? { followedUpAt: new Date(o.followedUpAt) } : {}), ...(o.escalatedAt ? { escalatedAt: new Date(o.escalatedAt) } : {}) });
  const joins = bridge.owners.flatMap((o) => (o.joinedAt ? [{ accountId: o.accountId, joinedAt: new Date(o.joinedAt) }] : []));
  const plan = bridgeFollowUps(joins, bridge.owners.map(toDate), new Date(now),
    { joinMinutes: settings.joinMinutes, escalateAfterMinutes: settings.escalateAfterMinutes });
  let owners = bridge.owners;
  const at = new Date(now).toISOString();
  const text = bridgeText({ details: bridge.details, joinMinutes: settings.joinMinutes });
  let seq = 0;
  let nextAt = plan.nextCheckAt?.getTime() ?? null;
  for (const action of plan.actions) {
    const owner = owners.find((o) => o.accountId === action.accountId)!;
    const base = `${incidentKey}:${bridge.episode}:${owner.accountId}`;
    if (action.kind === 'follow-up') {
      const body = `${owner.accountId} has not confirmed joining the bridge for ${incidentKey} (due ${owner.deadline}). ${text}`;
      await onceOnly(deps.store, `bridge-follow-up:${base}`, async () => {
        const targets: Target[] = [{ type: 'user', accountId: owner.accountId }];
        // The owner's own signed link: the page it opens confirms the join (and acknowledges, if still wanted).
        const ackLinks = await ackLinksFor(deps, { kind: 'page', key: `bridge-follow-up:${base}`, incidentKey, targets, path: owner.path,
          level: owner.level, loop: state.loop, ackDueAt: owner.deadline, reason: 'bridge follow-up' }, bridge.episode);
        await deps.notifier.page({ incidentKey, purpose: 'responderPage', subject: followUpSubject(incidentKey), body, targets, idempotencyKey: `bridge-follow-up:${base}`, ackLinks });
        await appendCommsEvent(deps, incidentKey, state, 'bridgeMissed', `${owner.accountId} did not confirm joining the bridge by ${owner.deadline}; followed up.`, { seq: seq++ });
        await logCommunication(deps, state, { incidentKey, id: `bridge-follow-up:${base}`, by: 'rule:bridge-follow-up', audience: 'responders',
          channel: 'email', recipients: [owner.accountId], subject: followUpSubject(incidentKey), text: body, result: 'sent' }, 'bridge-follow-up');
      });
      owners = owners.map((o) => (o === owner ? { ...o, followedUpAt: at } : o));
    } else {
      const { targets, where, level } = escalationTargets(policy, owner);
      const body = `${owner.accountId} was paged for ${incidentKey} and has not joined the bridge after a follow-up; you are paged instead (${where}). ${text}`;
      await onceOnly(deps.store, `bridge-escalate:${base}`, async () => {
        if (targets.length) {
          await deps.notifier.page({ incidentKey, purpose: 'responderPage', subject: escalateSubject(incidentKey, owner.accountId), body,
            targets, idempotencyKey: `bridge-escalate:${base}`, ackLinks: [] });
        }
        await appendCommsEvent(deps, incidentKey, state, 'bridgeMissed', targets.length
          ? `${owner.accountId} still had not joined the bridge after a follow-up; escalated to ${where}.`
          : `${owner.accountId} still had not joined the bridge after a follow-up; ${where}, so nobody else could be paged.`, { seq: seq++ });
        if (targets.length) {
          await logCommunication(deps, state, { incidentKey, id: `bridge-escalate:${base}`, by: 'rule:bridge-escalation', audience: 'responders',
            channel: 'email', recipients: targets.map(describeTarget), subject: escalateSubject(incidentKey, owner.accountId), text: body, result: 'sent' }, 'bridge-escalation');
        }
      });
      owners = owners.map((o) => (o === owner ? { ...o, escalatedAt: at } : o));
      // Whoever was paged instead must confirm joining too.
      const before = owners;
      owners = addOwners(owners, pagedPeople({ targets, path: owner.path, level }), new Date(now), settings.joinMinutes);
      if (owners !== before) {
        const deadline = now + settings.joinMinutes * 60_000;
        nextAt = nextAt === null ? deadline : Math.min(nextAt, deadline);
      }
    }
  }
  return { bridge: { ...bridge, owners }, nextAt };
}

/** The owner's level's backups, else the next level on their path; schedules are left out (resolved only by the engine). */
export function escalationTargets(policy: Policy | null, owner: Pick<BridgeOwner, 'path' | 'level'>): { targets: Target[]; where: string; level: number } {
  if (!policy) return { targets: [], where: 'the escalation policy is gone', level: owner.level };
  const levels = policy.paths[owner.path].levels;
  const pageable = (ts: readonly Target[]) => ts.filter((t) => t.type !== 'schedule');
  const backups = pageable(levels[owner.level - 1]?.backups ?? []);
  if (backups.length) return { targets: backups, where: `backups of ${owner.path} level ${owner.level}`, level: owner.level };
  const next = levels[owner.level];
  if (next && pageable(next.targets).length) return { targets: pageable(next.targets), where: `${owner.path} level ${owner.level + 1}`, level: owner.level + 1 };
  return { targets: [], where: `${owner.path} level ${owner.level} has no backups and no next level`, level: owner.level };
}

const followUpSubject = (key: string) => `[${key}] Bridge: please join now`;
const escalateSubject = (key: string, owner: string) => `[${key}] Bridge: ${owner} has not joined, please join`;

