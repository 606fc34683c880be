import type { EventLogEntry } from '../../../contracts/events.js';
import type { PathName } from '../../../contracts/common.js';

/** A level from its first page until the escalation moved on, was answered or ended. */
export interface LevelSegment {
  path: PathName;
  level: number;
  firstPage: EventLogEntry;
  /** Follow-ups and backup pages of this level, in order. */
  followUps: EventLogEntry[];
  /** The first page of the next level on the same path, if it came. */
  nextLevelPage: EventLogEntry | null;
  /** When the escalation of this level stopped being owed: ack, stand-down, resolve, path change. */
  stoppedAtMs: number | null;
  stoppedBy: EventLogEntry | null;
}

const FIRST_PAGE = new Set<EventLogEntry['type']>(['paged', 'levelChanged']);
const STOPS = new Set<EventLogEntry['type']>(['acknowledged', 'stoodDown', 'resolved', 'pathChanged', 'exhausted']);

/**
 * Splits an incident's events into level segments, so each level's obligations can be checked
 * against the policy: the engine logs a level's first page as `paged` (level 1) or
 * `levelChanged` (later levels), its follow-ups as `repeated` and its backup page as `backupPaged`.
 */
export function levelSegments(events: readonly EventLogEntry[]): LevelSegment[] {
  const segments: LevelSegment[] = [];
  let open: LevelSegment | null = null;
  for (const e of events) {
    if (FIRST_PAGE.has(e.type) && e.path !== null && e.level !== null) {
      if (open && open.path === e.path && e.level === open.level + 1 && open.stoppedAtMs === null) open.nextLevelPage = e;
      open = { path: e.path, level: e.level, firstPage: e, followUps: [], nextLevelPage: null, stoppedAtMs: null, stoppedBy: null };
      segments.push(open);
    } else if ((e.type === 'repeated' || e.type === 'backupPaged') && open && open.stoppedAtMs === null) {
      open.followUps.push(e);
    } else if (STOPS.has(e.type)) {
      for (const s of segments) {
        if (s.stoppedAtMs === null) {
          s.stoppedAtMs = Date.parse(e.at);
          s.stoppedBy = e;
        }
      }
      // A path change starts new segments; the others end with the escalation.
    }
  }
  // A level that moved on is no longer owed anything after the next level's page.
  for (const s of segments) {
    if (s.nextLevelPage && (s.stoppedAtMs === null || Date.parse(s.nextLevelPage.at) < s.stoppedAtMs)) {
      s.stoppedAtMs = Date.parse(s.nextLevelPage.at);
      s.stoppedBy = s.nextLevelPage;
    }
  }
  return segments;
}
