import type { RotationDto, ScheduleDto } from '../../../src/contracts/oncall.js';

/** The browser's zone is the likeliest home of the team an admin is scheduling. */
export function defaultTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

export function newRotation(timeZone: string, today: string): RotationDto {
  return { kind: 'weekly', handoffTime: '09:00', timeZone, participants: [], startDate: today };
}

/** A blank schedule with one weekly layer starting today; the validator says what is still missing. */
export function newSchedule(existingIds: readonly string[], now = new Date()): ScheduleDto {
  const timeZone = defaultTimeZone();
  let n = existingIds.length + 1;
  while (existingIds.includes(`schedule-${n}`)) n += 1;
  return {
    id: `schedule-${n}`,
    name: '',
    timeZone,
    layers: [{ name: 'Primary', rotation: newRotation(timeZone, localDate(now, timeZone)) }],
    overrides: [],
  };
}

/** YYYY-MM-DD in `timeZone` (en-CA spells dates that way). */
export function localDate(at: Date, timeZone: string): string {
  return at.toLocaleDateString('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
}
