import { parseClockTime, parseLocalDate } from './clockTime.js';
import type { Rotation } from './schedule.js';
import { HOUR_MS, MINUTE_MS, instantAt, wallClockOf } from './wallClock.js';

/** One shift of a rotation, before restrictions are applied. */
export interface RotationShift {
  readonly started: true;
  /** 0 for the shift starting at the rotation's start date, counting up. */
  readonly index: number;
  readonly accountId: string;
  readonly start: Date;
  readonly end: Date;
}

/** Before a rotation's first handoff nobody is on call from it. */
export interface RotationNotStarted {
  readonly started: false;
  readonly startsAt: Date;
}

/** Shift length in wall-clock milliseconds. */
export function shiftLengthMs(rotation: Rotation): number {
  if (rotation.kind === 'daily') return 24 * HOUR_MS;
  if (rotation.kind === 'weekly') return 7 * 24 * HOUR_MS;
  return (rotation.shiftLengthHours ?? Number.NaN) * HOUR_MS;
}

/** Wall-clock milliseconds of the first handoff. Throws on input that skipped validation. */
export function firstHandoffWall(rotation: Rotation): number {
  const day = parseLocalDate(rotation.startDate);
  const minutes = parseClockTime(rotation.handoffTime);
  if (day === undefined || minutes === undefined) {
    throw new RangeError(`rotation has an invalid startDate or handoffTime; validate schedules first`);
  }
  return day + minutes * MINUTE_MS;
}

/**
 * The shift of `rotation` that contains `at`, found arithmetically: the cost is the same a
 * day or ten years after the start date.
 *
 * @example
 * const daily = { kind: 'daily', handoffTime: '09:00', timeZone: 'Europe/London',
 *   participants: ['ana', 'bo'], startDate: '2026-03-28' } as const;
 * rotationShiftAt(daily, new Date('2026-03-29T12:00:00Z'))
 * // => { started: true, index: 1, accountId: 'bo', start: 2026-03-29T08:00Z, end: 2026-03-30T08:00Z }
 */
export function rotationShiftAt(rotation: Rotation, at: Date): RotationShift | RotationNotStarted {
  const length = shiftLengthMs(rotation);
  if (!(length > 0) || rotation.participants.length === 0) {
    throw new RangeError('rotation needs a positive shift length and participants; validate schedules first');
  }
  const first = firstHandoffWall(rotation);
  const zone = rotation.timeZone;
  const boundary = (index: number): Date => instantAt(first + index * length, zone);

  let index = Math.floor((wallClockOf(at, zone) - first) / length);
  let start = boundary(index);
  let end = boundary(index + 1);
  // Wall readings repeat during a fall-back hour, so the estimate can be one shift off when a
  // handoff falls inside it; checking against the real instants settles it.
  if (at.getTime() < start.getTime()) {
    index -= 1;
    [start, end] = [boundary(index), start];
  } else if (at.getTime() >= end.getTime()) {
    index += 1;
    [start, end] = [end, boundary(index + 1)];
  }

  if (index < 0) return { started: false, startsAt: boundary(0) };
  const count = rotation.participants.length;
  const accountId = rotation.participants[index % count] ?? '';
  return { started: true, index, accountId, start, end };
}
