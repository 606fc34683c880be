import { EscalationConfigSchema, type EscalationConfig } from '../../contracts/config.js';
import { fromZodIssues, type FieldError, type Validated } from '../shared/fieldError.js';
import { validateTriggers } from './validateTriggers.js';

/** Parses and checks the shared configuration: the matrix has no holes, names are unique. */
export function validateConfig(input: unknown): Validated<EscalationConfig> {
  const parsed = EscalationConfigSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues) };
  const config = parsed.data;
  const errors: FieldError[] = [];
  const { impacts, urgencies, cells } = config.matrix;
  if (cells.length !== impacts.length) {
    errors.push({ field: 'matrix.cells', message: `has ${cells.length} rows but there are ${impacts.length} impacts` });
  }
  cells.forEach((row, r) => {
    if (row.length !== urgencies.length) {
      errors.push({ field: `matrix.cells[${r}]`, message: `has ${row.length} cells but there are ${urgencies.length} urgencies` });
    }
    row.forEach((cell, c) => {
      if (cell === null) errors.push({ field: `matrix.cells[${r}][${c}]`, message: `hole: impact "${impacts[r]}" × urgency "${urgencies[c]}" has no priority` });
    });
  });
  pushDuplicates(errors, 'jiraPriorityMapping', config.jiraPriorityMapping.map((m) => m.jiraPriority.toLowerCase()), 'jiraPriority');
  pushDuplicates(errors, 'services', config.services.map((s) => s.name));
  pushDuplicates(errors, 'calendars', config.calendars.map((c) => c.id));
  pushDuplicates(errors, 'exceptions', config.exceptions.map((e) => e.id));
  pushDuplicates(errors, 'routing.skills', config.routing.skills.map((s) => s.accountId));
  config.calendars.forEach((c, i) => {
    if (!isTimeZone(c.timeZone)) errors.push({ field: `calendars[${i}].timeZone`, message: `unknown time zone "${c.timeZone}"` });
  });
  config.services.forEach((s, i) => {
    if (s.calendarId && !config.calendars.some((c) => c.id === s.calendarId)) {
      errors.push({ field: `services[${i}].calendarId`, message: `unknown business calendar "${s.calendarId}"` });
    }
  });
  config.exceptions.forEach((e, i) => {
    if (e.services.length === 0 && e.components.length === 0) {
      errors.push({ field: `exceptions[${i}].services`, message: 'an exception must cover at least one service or component' });
    }
    errors.push(...validateTriggers(e.triggers, `exceptions[${i}].triggers`, config.slaMetrics, config.calendars));
  });
  return errors.length ? { ok: false, errors } : { ok: true, value: config };
}

function pushDuplicates(errors: FieldError[], field: string, names: string[], leaf?: string): void {
  names.forEach((n, i) => {
    if (names.indexOf(n) !== i) errors.push({ field: `${field}[${i}]${leaf ? `.${leaf}` : ''}`, message: `duplicate "${n}"` });
  });
}

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}
