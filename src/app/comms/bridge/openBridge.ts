import type { BridgeOwner, IncidentComms } from '../../../contracts/incidentComms.js';
import { bridgeFor } from '../../../domain/comms/bridge/bridgeFor.js';
import { bridgeJoinDeadline } from '../../../domain/comms/bridge/bridgeJoinDeadline.js';
import type { Decision } from '../../../domain/escalation/decision.js';
import type { Intent } from '../../../domain/escalation/intent.js';
import type { Deps } from '../../shared/deps.js';
import { loadSettings } from '../../policies/loadSettings.js';
import type { BridgeNote } from './bridgeNote.js';
import { appendCommsEvent } from '../state/commsEvent.js';
import { incidentCommsSettings } from '../state/incidentCommsSettings.js';
import { readIncidentComms, writeIncidentComms } from '../state/incidentCommsRecord.js';
import { onceOnly } from '../../shared/onceOnly.js';
import type { BridgeSettings } from '../../../contracts/incidentCommsConfig.js';
import type { Priority } from '../../../contracts/common.js';
import { priorityRank } from '../../../domain/priority/priorityRank.js';

type PageIntent = Extract<Intent, { kind: 'page' }>;
const isPage = (i: Intent): i is PageIntent => i.kind === 'page';

/**
 * Before a decision's pages go out: if they are for an incident at or above the bridge
 * priority, opens the bridge (once per escalation episode; a rerun finds it open) and returns
 * what every page must carry about it. Null when the decision pages nobody or no bridge applies.
 * Costs nothing for decisions without pages, which are most of them.
 */
export async function openBridgeForPages(deps: Deps, incidentKey: string, decision: Decision): Promise<BridgeNote | null> {
  const s = decision.state;
  if (!decision.intents.some(isPage) || s.priority === null) return null;
  const settings = incidentCommsSettings((await loadSettings(deps.store)).config).bridge;
  if (!bridgeMayOpen(settings, s.priority)) return null;
  const comms = await readIncidentComms(deps.host, incidentKey);
  if (comms.bridge?.episode === s.episode) return { details: comms.bridge.details, joinMinutes: settings.joinMinutes };
  const record = await deps.host.getIncident(incidentKey);
  const line = bridgeFor(s.priority, record?.incident.service ?? null, settings);
  if (!line.open) return null;
  const details = { url: line.url, dialIn: line.dialIn ?? null, source: line.source };
  const openedAt = new Date(deps.clock.now()).toISOString();
  // The event is claimed first and the property written after: a crash in between leaves a
  // rerun that skips the event and still opens the bridge, never two "opened" entries.
  await onceOnly(deps.store, `bridge-open:${incidentKey}:${s.episode}`, () =>
    appendCommsEvent(deps, incidentKey, s, 'bridgeOpened', `Bridge opened for ${s.priority} (${line.source} line): ${line.url}${details.dialIn ? `, dial-in ${details.dialIn}` : ''}.`));
  await writeIncidentComms(deps.host, incidentKey, comms, { ...comms, bridge: { episode: s.episode, openedAt, details, owners: [] } });
  return { details, joinMinutes: settings.joinMinutes };
}

/**
 * After the pages went out: everyone a page named becomes a bridge owner who must confirm
 * joining. Someone already listed keeps their first deadline: a repeated page is a reminder,
 * not a new ten minutes.
 */
export async function notePagedOwners(deps: Deps, incidentKey: string, decision: Decision, note: BridgeNote): Promise<void> {
  const comms = await readIncidentComms(deps.host, incidentKey);
  const bridge = comms.bridge;
  if (!bridge || bridge.episode !== decision.state.episode) return;
  const now = new Date(deps.clock.now());
  const added = addOwners(bridge.owners, decision.intents.filter(isPage).flatMap((p) => pagedPeople(p)), now, note.joinMinutes);
  if (added === bridge.owners) return;
  const next: IncidentComms = { ...comms, bridge: { ...bridge, owners: added } };
  await writeIncidentComms(deps.host, incidentKey, comms, next);
}

export interface PagedPerson {
  accountId: string;
  path: BridgeOwner['path'];
  level: number;
}

export function pagedPeople(p: Pick<PageIntent, 'targets' | 'path' | 'level'>): PagedPerson[] {
  return p.targets.flatMap((t) => (t.type === 'user' ? [{ accountId: t.accountId, path: p.path, level: p.level }] : []));
}

/** The owner list with the people not yet on it appended; the same array when nobody is new. */
export function addOwners(owners: readonly BridgeOwner[], people: readonly PagedPerson[], now: Date, joinMinutes: number): BridgeOwner[] {
  const known = new Set(owners.map((o) => o.accountId));
  const fresh: BridgeOwner[] = [];
  for (const p of people) {
    if (known.has(p.accountId)) continue;
    known.add(p.accountId);
    fresh.push({ accountId: p.accountId, path: p.path, level: p.level, pagedAt: now.toISOString(),
      deadline: bridgeJoinDeadline(now, joinMinutes).toISOString(), joinedAt: null, confirmedBy: null, followedUpAt: null, escalatedAt: null });
  }
  return fresh.length ? [...owners, ...fresh] : (owners as BridgeOwner[]);
}

/** Whether any bridge could open at this priority: decided from configuration alone, so most evaluations read nothing more. */
export function bridgeMayOpen(settings: BridgeSettings, priority: Priority | null): boolean {
  if (priority === null || priorityRank(priority) > priorityRank(settings.openAtOrAbove)) return false;
  return settings.global !== undefined || Object.keys(settings.services).length > 0;
}
