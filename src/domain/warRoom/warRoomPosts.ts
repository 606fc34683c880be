import type { EventLogEntry } from '../../contracts/events.js';
import type { EventCursor } from '../../contracts/warRoom.js';

/** What the war room hears about: escalation steps, coordination, handoffs and public updates. */
const POSTED: ReadonlySet<EventLogEntry['type']> = new Set<EventLogEntry['type']>([
  'triggered', 'manualEscalation', 'paged', 'repeated', 'backupPaged', 'levelChanged', 'pathChanged', 'exhausted',
  'acknowledged', 'stoodDown', 'resolved', 'bridgeOpened', 'commsLeadDesignated', 'updatePublished',
  'teamEngaged', 'teamAcknowledged', 'teamReleased', 'olaBreached', 'handoffRequested', 'handoffAccepted',
  'handoffDeclined', 'handoffEscalated', 'commanderDesignated',
]);

const after = (e: EventLogEntry, c: EventCursor | null) =>
  c === null || e.at > c.at || (e.at === c.at && e.seq > c.seq);

/**
 * The events still to post, oldest first: the posted kinds after the cursor. `since` keeps a war
 * room opened late from replaying what happened long before it (its summary covers that).
 */
export function eventsToPost(events: readonly EventLogEntry[], cursor: EventCursor | null): EventLogEntry[] {
  return events
    .filter((e) => POSTED.has(e.type) && after(e, cursor))
    .sort((a, b) => (a.at === b.at ? a.seq - b.seq : a.at < b.at ? -1 : 1));
}

const LABELS: Partial<Record<EventLogEntry['type'], string>> = {
  updatePublished: 'Public update', handoffRequested: 'Handoff', handoffAccepted: 'Handoff accepted', handoffDeclined: 'Handoff declined',
  handoffEscalated: 'Handoff escalated', olaBreached: 'OLA breached', teamEngaged: 'Team engaged', acknowledged: 'Acknowledged', resolved: 'Resolved',
};

/** One event as a war-room message: a bold label, the time, and the timeline's own text. */
export function postText(e: EventLogEntry, drill: boolean): string {
  const label = LABELS[e.type] ?? e.type.replace(/([A-Z])/g, ' $1').toLowerCase().replace(/^./, (c) => c.toUpperCase());
  return `${drill ? '[DRILL] ' : ''}*${label}* (${e.at.slice(11, 16)} UTC): ${e.detail}`;
}
