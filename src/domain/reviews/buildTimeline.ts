import type { PathName } from '../../contracts/common.js';
import type { EventLogEntry } from '../../contracts/events.js';

/** One recorded event as the review shows it, with its offset from the escalation's start. */
export interface TimelineEntry {
  at: string;
  type: EventLogEntry['type'];
  detail: string;
  actor: string | null;
  /** Milliseconds since the first escalating event (negative for alerts that came before). */
  offsetMs: number;
}

/**
 * A stretch of the escalation between two milestones (a trigger, a page of a new level, a path
 * change, the acknowledgement, a stand-down, the resolution): who had it and for how long.
 */
export interface TimelineStage {
  label: string;
  path: PathName | null;
  level: number | null;
  from: string;
  /** The next milestone, or the resolution; null while the stage has not ended. */
  to: string | null;
  durationMs: number | null;
}

export interface ReviewTimeline {
  entries: TimelineEntry[];
  stages: TimelineStage[];
  startedAt: string | null;
  /** PagerDuty's definitions: time to first acknowledgement from the start; engaged time ack → resolve. */
  timeToAckMs: number | null;
  timeToResolveMs: number | null;
  engagedMs: number | null;
}

const STARTS = new Set<EventLogEntry['type']>(['triggered', 'manualEscalation']);

function stageLabel(e: EventLogEntry): string | null {
  switch (e.type) {
    case 'triggered': return 'Triggered, waiting for the first page';
    case 'manualEscalation': return 'Escalated by hand, waiting for the page';
    // The engine logs level 1's page as `paged` and a later level's as `levelChanged`.
    case 'paged':
    case 'levelChanged': return e.path && e.level ? `${e.path} level ${e.level} paged, waiting for acknowledgement` : 'Paged';
    case 'pathChanged': return `Moved to the ${e.path ?? 'other'} path`;
    case 'acknowledged': return 'Acknowledged, working to resolve';
    case 'stoodDown': return 'Stood down';
    default: return null;
  }
}

/**
 * The review's timeline from the incident's recorded events, in order, cut into stages at each
 * milestone; each stage lasts until the next one or the resolution. Repeated pages of the same
 * level stay in their level's stage. The review's own steps are not part of the incident's story.
 *
 * @example triggered 09:00, paged L1 09:00, paged L2 09:30, acknowledged 09:40, resolved 10:40 →
 *   stages: triggered (0), L1 (30 min), L2 (10 min), acknowledged (60 min); time to ack 40 min.
 */
export function buildTimeline(events: readonly EventLogEntry[]): ReviewTimeline {
  const ordered = events
    .filter((e) => !e.type.startsWith('review'))
    .slice()
    .sort((a, b) => a.at.localeCompare(b.at) || a.seq - b.seq);
  const start = ordered.find((e) => STARTS.has(e.type));
  const startMs = start ? Date.parse(start.at) : ordered[0] ? Date.parse(ordered[0].at) : 0;
  const entries = ordered.map((e) => ({ at: e.at, type: e.type, detail: e.detail, actor: e.actor ?? null, offsetMs: Date.parse(e.at) - startMs }));

  const stages: TimelineStage[] = [];
  let resolvedAt: string | null = null;
  for (const e of ordered) {
    if (e.type === 'resolved') {
      resolvedAt ??= e.at;
      continue;
    }
    const label = stageLabel(e);
    if (label === null) continue;
    const last = stages.at(-1);
    // A page to the level already holding the incident continues its stage.
    if ((e.type === 'paged' || e.type === 'levelChanged') && last && last.path === e.path && last.level === e.level && last.label === label) continue;
    if (last) close(last, e.at);
    stages.push({ label, path: e.path, level: e.level, from: e.at, to: null, durationMs: null });
  }
  const last = stages.at(-1);
  if (last && resolvedAt) close(last, resolvedAt);

  const ack = ordered.find((e) => e.type === 'acknowledged');
  const since = (iso: string | undefined | null) => (start && iso ? Date.parse(iso) - startMs : null);
  return {
    entries,
    stages,
    startedAt: start?.at ?? null,
    timeToAckMs: since(ack?.at),
    timeToResolveMs: since(resolvedAt),
    engagedMs: ack && resolvedAt ? Date.parse(resolvedAt) - Date.parse(ack.at) : null,
  };
}

function close(stage: TimelineStage, at: string): void {
  stage.to = at;
  stage.durationMs = Date.parse(at) - Date.parse(stage.from);
}
