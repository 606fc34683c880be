import type { BusinessCalendar } from '../../contracts/config.js';
import type { Trigger } from '../../contracts/trigger.js';
import type { FieldError } from '../shared/fieldError.js';

/** Semantic checks zod cannot express: known SLA metrics and calendars, positive thresholds. */
export function validateTriggers(
  triggers: readonly Trigger[],
  field: string,
  slaMetrics: readonly string[],
  calendars: readonly BusinessCalendar[],
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  triggers.forEach((t, i) => {
    const f = `${field}[${i}]`;
    if (seen.has(t.id)) errors.push({ field: `${f}.id`, message: `duplicate trigger id "${t.id}"` });
    seen.add(t.id);
    if ('metric' in t && !slaMetrics.includes(t.metric)) {
      errors.push({ field: `${f}.metric`, message: `unknown SLA metric "${t.metric}"; known: ${slaMetrics.join(', ')}` });
    }
    if (t.type === 'slaPercent' && !(t.percent > 0 && t.percent <= 200)) {
      errors.push({ field: `${f}.percent`, message: 'must be more than 0 and at most 200' });
    }
    if (t.type === 'slaRemaining' && t.remainingMinutes <= 0) {
      errors.push({ field: `${f}.remainingMinutes`, message: 'must be a positive number of minutes' });
    }
    if ('minutes' in t && (t.minutes <= 0 || t.minutes > 525_600)) {
      errors.push({ field: `${f}.minutes`, message: 'must be between 1 minute and 1 year' });
    }
    if ('calendarId' in t && t.calendarId !== undefined && !calendars.some((c) => c.id === t.calendarId)) {
      errors.push({ field: `${f}.calendarId`, message: `unknown business calendar "${t.calendarId}"` });
    }
  });
  return errors;
}
