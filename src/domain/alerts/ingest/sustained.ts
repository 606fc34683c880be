/** One received alert for a single dedup key. */
export interface AlertSighting {
  at: string;
  status: 'firing' | 'resolved';
}

/** Escalate once the condition has fired for `forMinutes` or `occurrences` times, whichever comes first. */
export interface SustainRule {
  forMinutes?: number;
  occurrences?: number;
}

export type Sustained =
  | { escalate: true; because: 'no-rule' | 'duration' | 'occurrences'; occurrences: number; firingSince: string }
  | { escalate: false; reason: 'not-firing' | 'too-recent'; occurrences: number; firingSince: string | null };

/**
 * Anti-flapping: only the current unbroken firing streak counts, so an alert that keeps
 * resolving and re-firing starts over each time. Sightings after `now` are ignored (they cannot
 * have happened yet), and the order of `history` does not matter.
 *
 * @example
 * sustained([{ at: '2026-05-01T10:00:00Z', status: 'firing' }], { forMinutes: 5 }, new Date('2026-05-01T10:06:00Z'))
 * // => { escalate: true, because: 'duration', occurrences: 1, firingSince: '2026-05-01T10:00:00Z' }
 */
export function sustained(history: readonly AlertSighting[], rule: SustainRule, now: Date): Sustained {
  const past = history
    .map((s) => ({ ...s, ms: Date.parse(s.at) }))
    .filter((s) => !Number.isNaN(s.ms) && s.ms <= now.getTime())
    .sort((a, b) => a.ms - b.ms);
  const last = past.at(-1);
  if (!last || last.status !== 'firing') return { escalate: false, reason: 'not-firing', occurrences: 0, firingSince: null };
  const lastResolved = past.findLastIndex((s) => s.status === 'resolved');
  const streak = past.slice(lastResolved + 1);
  const first = streak[0] ?? last;
  const occurrences = streak.length;
  if (rule.forMinutes === undefined && rule.occurrences === undefined) {
    return { escalate: true, because: 'no-rule', occurrences, firingSince: first.at };
  }
  if (rule.forMinutes !== undefined && now.getTime() - first.ms >= rule.forMinutes * 60_000) {
    return { escalate: true, because: 'duration', occurrences, firingSince: first.at };
  }
  if (rule.occurrences !== undefined && occurrences >= rule.occurrences) {
    return { escalate: true, because: 'occurrences', occurrences, firingSince: first.at };
  }
  return { escalate: false, reason: 'too-recent', occurrences, firingSince: first.at };
}
