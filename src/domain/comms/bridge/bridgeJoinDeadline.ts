const MINUTE = 60_000;

/**
 * When someone paged to the bridge is expected to have joined it.
 *
 * @example
 * bridgeJoinDeadline(new Date('2026-11-27T09:00:00Z')) // => 2026-11-27T09:10:00.000Z
 */
export function bridgeJoinDeadline(pagedAt: Date, minutes: number = 10): Date {
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 120) throw new RangeError('minutes must be a whole number from 1 to 120');
  return new Date(pagedAt.getTime() + minutes * MINUTE);
}
