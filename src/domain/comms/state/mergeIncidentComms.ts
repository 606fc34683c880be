import type { BridgeOwner, BridgeRecord, CadenceReminder, IncidentComms } from '../../../contracts/incidentComms.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const later = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
const earlier = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);

/**
 * Re-applies one writer's change (`base` → `mine`) onto what another writer stored meanwhile
 * (`theirs`), so neither loses the other's: joins, follow-ups and reminders are facts that only
 * ever get set, so each is kept from whichever side has it; the comms lead is the one a writer
 * changed (ours when both did, as the later write).
 *
 * @example mergeIncidentComms(base, {...base, lead: ada}, {...base, bridge: withJoin}) // both kept
 */
export function mergeIncidentComms(base: IncidentComms, mine: IncidentComms, theirs: IncidentComms): IncidentComms {
  if (same(base, theirs)) return mine;
  return {
    schema: 1,
    lead: same(base.lead, mine.lead) ? theirs.lead : mine.lead,
    lastUpdateAt: later(mine.lastUpdateAt, theirs.lastUpdateAt),
    bridge: mergeBridge(base.bridge, mine.bridge, theirs.bridge),
    reminders: mergeReminders(mine.reminders, theirs.reminders),
  };
}

function mergeBridge(base: BridgeRecord | null, mine: BridgeRecord | null, theirs: BridgeRecord | null): BridgeRecord | null {
  if (same(base, mine)) return theirs;
  if (mine === null || theirs === null) return mine ?? theirs;
  // A new episode opens a new bridge: the newer episode's bridge is the live one.
  if (mine.episode !== theirs.episode) return mine.episode > theirs.episode ? mine : theirs;
  const byId = new Map<string, BridgeOwner>(theirs.owners.map((o) => [o.accountId, o]));
  for (const o of mine.owners) {
    const t = byId.get(o.accountId);
    byId.set(o.accountId, t ? mergeOwner(o, t) : o);
  }
  return { ...mine, owners: [...byId.values()] };
}

function mergeOwner(a: BridgeOwner, b: BridgeOwner): BridgeOwner {
  const joinedAt = earlier(a.joinedAt, b.joinedAt);
  return {
    ...a,
    // A person's first deadline stands: a repeated page is a reminder, not a new window.
    pagedAt: earlier(a.pagedAt, b.pagedAt)!,
    deadline: earlier(a.deadline, b.deadline)!,
    joinedAt,
    confirmedBy: joinedAt === a.joinedAt ? a.confirmedBy ?? b.confirmedBy : b.confirmedBy ?? a.confirmedBy,
    followedUpAt: earlier(a.followedUpAt, b.followedUpAt),
    escalatedAt: earlier(a.escalatedAt, b.escalatedAt),
  };
}

function mergeReminders(mine: CadenceReminder[], theirs: CadenceReminder[]): CadenceReminder[] {
  const byDue = new Map<string, CadenceReminder>(theirs.map((r) => [r.dueAt, r]));
  for (const r of mine) {
    const t = byDue.get(r.dueAt);
    byDue.set(r.dueAt, t ? { dueAt: r.dueAt, remindedAt: earlier(r.remindedAt, t.remindedAt), escalatedAt: earlier(r.escalatedAt, t.escalatedAt) } : r);
  }
  return [...byDue.values()].sort((a, b) => (a.dueAt < b.dueAt ? -1 : 1)).slice(-50);
}
