import type { SchedulePreview } from '../../../src/contracts/oncall.js';

export interface TimelineBar {
  start: string;
  end: string;
  /** Percent of the axis from its left edge, and of its width. */
  left: number;
  width: number;
}

export interface TimelineRow {
  /** null: the row of times nobody is on call. */
  accountId: string | null;
  bars: TimelineBar[];
}

export interface DayTick {
  at: number;
  left: number;
  label: string;
}

/**
 * One row per person, in order of their first shift, with their shifts placed on the preview's
 * [from, until) axis; a last row holds the times nobody is on call, if any. Segments are
 * clipped to the axis so a shift that began earlier still starts at the left edge.
 */
export function timelineRows(preview: Pick<SchedulePreview, 'from' | 'until' | 'segments'>): TimelineRow[] {
  const from = Date.parse(preview.from);
  const span = Date.parse(preview.until) - from;
  const byPerson = new Map<string | null, TimelineBar[]>();
  for (const s of preview.segments) {
    const start = Math.max(Date.parse(s.start), from);
    const end = Math.min(Date.parse(s.end), from + span);
    if (end <= start) continue;
    const bars = byPerson.get(s.accountId) ?? [];
    bars.push({ start: s.start, end: s.end, left: ((start - from) / span) * 100, width: ((end - start) / span) * 100 });
    byPerson.set(s.accountId, bars);
  }
  const rows = [...byPerson].map(([accountId, bars]) => ({ accountId, bars }));
  // Nobody goes last whatever its first time, so the people read as the rotation's order.
  return [...rows.filter((r) => r.accountId !== null), ...rows.filter((r) => r.accountId === null)];
}

/**
 * A tick at each local midnight in `timeZone` inside [from, until), labelled "Wed 25".
 * Midnights are found from the local clock time rather than by adding 24 hours, so a day
 * that is 23 or 25 hours long across a DST change still ticks at midnight.
 */
export function dayTicks(fromIso: string, untilIso: string, timeZone: string): DayTick[] {
  const from = Date.parse(fromIso);
  const until = Date.parse(untilIso);
  const clock = new Intl.DateTimeFormat('en-GB', { timeZone, hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' });
  const label = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric' });
  const sinceMidnight = (t: number) => {
    const parts = Object.fromEntries(clock.formatToParts(t).map((p) => [p.type, Number(p.value)]));
    return ((parts.hour ?? 0) * 3600 + (parts.minute ?? 0) * 60 + (parts.second ?? 0)) * 1000 + (t % 1000);
  };
  const ticks: DayTick[] = [];
  let midnight = from - sinceMidnight(from);
  if (midnight < from) midnight = nextMidnight(midnight);
  while (midnight < until) {
    ticks.push({ at: midnight, left: ((midnight - from) / (until - from)) * 100, label: label.format(midnight) });
    midnight = nextMidnight(midnight);
  }
  return ticks;

  function nextMidnight(m: number): number {
    const later = m + 26 * 3_600_000;
    const guess = later - sinceMidnight(later);
    // Stepping back over a DST change lands an hour off midnight (23:00 the day before): nudge it.
    const off = sinceMidnight(guess);
    if (off === 0) return guess;
    return off >= 12 * 3_600_000 ? guess + (24 * 3_600_000 - off) : guess - off;
  }
}
