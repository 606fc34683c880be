/** Days of the week as admins write them in restrictions. */
export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/**
 * Limits when a rotation is on call, read in the rotation's time zone. With only `weekdays`
 * the rotation covers those whole days; with only `hours` it covers that window every day;
 * with both, the window opens on the listed days. A window whose `to` is earlier than its
 * `from` runs past midnight and belongs to the day it opened on (Fri 22:00–06:00 ends on
 * Saturday morning).
 */
export interface Restriction {
  readonly weekdays?: readonly Weekday[];
  readonly hours?: { readonly from: string; readonly to: string };
}

/**
 * One rotation. Shift lengths are counted in the rotation's wall-clock time, so handoffs stay
 * at `handoffTime` local across DST changes and a shift spanning one is an hour longer or
 * shorter in elapsed time. That is true of custom lengths too: a 12-hour rotation handing off
 * at 08:00 keeps handing off at 08:00 and 20:00.
 */
export interface Rotation {
  readonly kind: 'daily' | 'weekly' | 'custom';
  /** Required for, and only read by, `custom` rotations. */
  readonly shiftLengthHours?: number;
  /** `HH:mm`, local to `timeZone`. */
  readonly handoffTime: string;
  /** IANA zone name, e.g. `Europe/London`. */
  readonly timeZone: string;
  /** Jira accountIds in rotation order; the first is on call from the start date. */
  readonly participants: readonly string[];
  /** `YYYY-MM-DD`; the first shift starts at `handoffTime` on this local date. */
  readonly startDate: string;
  readonly restriction?: Restriction;
}

export interface Layer {
  readonly name: string;
  readonly rotation: Rotation;
}

/** Puts `accountId` on call for [start, end), above every layer. */
export interface Override {
  readonly id: string;
  readonly accountId: string;
  readonly start: Date;
  readonly end: Date;
}

/**
 * A schedule. `layers[0]` is the bottom layer; each later layer sits above the ones before it
 * and wins wherever it has someone on call, so restricted-off hours let lower layers show.
 */
export interface Schedule {
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly layers: readonly Layer[];
  readonly overrides: readonly Override[];
}
