import { layerOnCallAt } from './layerOnCallAt.js';
import type { Override, Schedule } from './schedule.js';

/** Why someone is on call: an override, or the topmost layer that covers the moment. */
export type OnCallSource =
  | { readonly kind: 'override'; readonly overrideId: string; readonly replaces: string | null }
  | { readonly kind: 'layer'; readonly layerIndex: number; readonly layerName: string; readonly shiftIndex: number };

export interface SomeoneOnCall {
  readonly onCall: true;
  readonly accountId: string;
  readonly source: OnCallSource;
  /** The shift (cut to its restriction window) or override that puts this person on call. */
  readonly start: Date;
  readonly end: Date;
  /** The answer cannot change before this instant; null when it never changes again. */
  readonly stableUntil: Date | null;
}

export interface NobodyOnCall {
  readonly onCall: false;
  readonly stableUntil: Date | null;
}

export type OnCallAnswer = SomeoneOnCall | NobodyOnCall;

function earliest(dates: readonly (Date | null)[]): Date | null {
  let best: Date | null = null;
  for (const date of dates) if (date && (!best || date.getTime() < best.getTime())) best = date;
  return best;
}

function overrideAt(overrides: readonly Override[], at: number): { active?: Override; nextStart: Date | null } {
  let active: Override | undefined;
  let nextStart: Date | null = null;
  for (const override of overrides) {
    const start = override.start.getTime();
    // Validation refuses overlapping overrides; if some slip through, the first listed wins.
    if (!active && start <= at && at < override.end.getTime()) active = override;
    if (start > at && (!nextStart || start < nextStart.getTime())) nextStart = override.start;
  }
  return active ? { active, nextStart } : { nextStart };
}

/**
 * Who `schedule` puts on call at `at`, and why. Overrides win over every layer; among layers the
 * highest one with someone on call wins, so a layer restricted off lets the ones below show.
 *
 * @example
 * whoIsOnCall(payments, new Date('2026-03-30T10:00:00Z'))
 * // => { onCall: true, accountId: 'ana', source: { kind: 'layer', layerIndex: 0,
 * //      layerName: 'Primary', shiftIndex: 2 }, start: ..., end: ..., stableUntil: ... }
 */
export function whoIsOnCall(schedule: Schedule, at: Date): OnCallAnswer {
  const time = at.getTime();
  const { active, nextStart } = overrideAt(schedule.overrides, time);
  // Any of these can change the answer: a higher layer coming on, or an override starting.
  const changes: (Date | null)[] = [nextStart];
  let person: SomeoneOnCall | undefined;

  for (let index = schedule.layers.length - 1; index >= 0 && !person; index -= 1) {
    const layer = schedule.layers[index];
    if (!layer) continue;
    const state = layerOnCallAt(layer, at);
    if (!state.covered) {
      changes.push(state.until);
      continue;
    }
    changes.push(state.end);
    const source = { kind: 'layer', layerIndex: index, layerName: layer.name, shiftIndex: state.shiftIndex } as const;
    person = { onCall: true, accountId: state.accountId, source, start: state.start, end: state.end, stableUntil: null };
  }

  if (active) {
    const source = { kind: 'override', overrideId: active.id, replaces: person?.accountId ?? null } as const;
    const stableUntil = earliest([active.end, nextStart]);
    return { onCall: true, accountId: active.accountId, source, start: active.start, end: active.end, stableUntil };
  }
  const stableUntil = earliest(changes);
  return person ? { ...person, stableUntil } : { onCall: false, stableUntil };
}
