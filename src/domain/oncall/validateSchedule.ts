import { fieldErrorMap, toFieldErrors, type FieldError, type Validated } from '../shared/fieldError.js';
import type { Override, Schedule } from './schedule.js';
import { scheduleSchema } from './scheduleSchema.js';

function overrideProblems(overrides: readonly Override[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Map<string, number>();
  overrides.forEach((override, index) => {
    const first = seen.get(override.id);
    if (first !== undefined) errors.push({ field: `overrides[${index}].id`, message: `duplicates overrides[${first}].id` });
    else seen.set(override.id, index);
    // Pairwise is fine here: schedules carry tens of overrides, and every clash gets reported.
    for (let earlier = 0; earlier < index; earlier += 1) {
      const other = overrides[earlier];
      if (!other) continue;
      const overlaps = override.start < other.end && other.start < override.end;
      if (overlaps) {
        errors.push({
          field: `overrides[${index}]`,
          message: `overlaps overrides[${earlier}] (${other.start.toISOString()} to ${other.end.toISOString()})`,
        });
      }
    }
  });
  return errors;
}

/**
 * Parses untrusted schedule input into a {@link Schedule}, or lists every problem with the
 * path of the field it concerns.
 *
 * @example
 * validateSchedule({ id: 's1', name: 'Payments', timeZone: 'Europe/London',
 *   layers: [{ name: 'Primary', rotation: { kind: 'daily', handoffTime: '09:00',
 *     timeZone: 'Europe/London', participants: [], startDate: '2026-03-01' } }] })
 * // => { ok: false, errors: [{ path: 'layers[0].rotation.participants', message: 'must not be empty' }] }
 */
export function validateSchedule(input: unknown): Validated<Schedule> {
  const parsed = scheduleSchema.safeParse(input, { errorMap: fieldErrorMap });
  if (!parsed.success) return { ok: false, errors: toFieldErrors(parsed.error) };
  const errors = overrideProblems(parsed.data.overrides);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
}
