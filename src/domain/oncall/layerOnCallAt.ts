import { restrictionWindowAt } from './restrictionWindowAt.js';
import { rotationShiftAt } from './rotationShiftAt.js';
import type { Layer } from './schedule.js';

/** Someone on call from a layer; `start`/`end` are the shift cut to the restriction window. */
export interface LayerCovered {
  readonly covered: true;
  readonly accountId: string;
  readonly shiftIndex: number;
  readonly start: Date;
  readonly end: Date;
}

/** Nobody on call from a layer until `until` (null: never again). */
export interface LayerUncovered {
  readonly covered: false;
  readonly reason: 'not started' | 'restricted';
  readonly until: Date | null;
}

const later = (a: Date, b: Date): Date => (a.getTime() >= b.getTime() ? a : b);
const earlier = (a: Date, b: Date): Date => (a.getTime() <= b.getTime() ? a : b);

/**
 * Who a single layer puts on call at `at`, ignoring the layers above it.
 *
 * @example
 * layerOnCallAt({ name: 'Primary', rotation: weeklyLondon }, new Date('2026-04-01T12:00:00Z'))
 * // => { covered: true, accountId: 'ana', shiftIndex: 3, start: ..., end: ... }
 */
export function layerOnCallAt(layer: Layer, at: Date): LayerCovered | LayerUncovered {
  const { rotation } = layer;
  const shift = rotationShiftAt(rotation, at);
  if (!shift.started) return { covered: false, reason: 'not started', until: shift.startsAt };
  if (!rotation.restriction) {
    return { covered: true, accountId: shift.accountId, shiftIndex: shift.index, start: shift.start, end: shift.end };
  }
  const window = restrictionWindowAt(rotation.restriction, rotation.timeZone, at);
  if (!window.open) return { covered: false, reason: 'restricted', until: window.nextStart };
  return {
    covered: true,
    accountId: shift.accountId,
    shiftIndex: shift.index,
    start: window.start ? later(shift.start, window.start) : shift.start,
    end: window.end ? earlier(shift.end, window.end) : shift.end,
  };
}
