import { z } from 'zod';
import { parseClockTime, parseLocalDate } from './clockTime.js';
import { isTimeZone } from './isTimeZone.js';
import { WEEKDAYS } from './schedule.js';
import { SCHEDULE_ID_MESSAGE, SCHEDULE_ID_PATTERN } from '../../contracts/oncall.js';

// The largest custom shift we accept: a year. Anything longer is almost certainly a unit mistake.
const MAX_SHIFT_HOURS = 24 * 366;

export const timeZoneSchema = z
  .string()
  .refine(isTimeZone, (name) => ({ message: `"${name}" is not an IANA time zone (e.g. Europe/London)` }));

export const accountIdSchema = z.string().trim().min(1, 'must not be empty');

const clockTimeSchema = z.string().refine((text) => parseClockTime(text) !== undefined, 'must be HH:mm (24-hour)');

const localDateSchema = z
  .string()
  .refine((text) => parseLocalDate(text) !== undefined, 'must be a YYYY-MM-DD calendar date');

const instantSchema = z
  .string()
  .datetime({ offset: true, message: 'must be an ISO 8601 instant with a zone, e.g. 2026-03-29T09:00:00Z' })
  .transform((text) => new Date(text));

const restrictionSchema = z
  .object({
    weekdays: z.array(z.enum(WEEKDAYS)).min(1, 'must not be empty; leave it out to allow every day').optional(),
    hours: z
      .object({ from: clockTimeSchema, to: clockTimeSchema })
      .strict()
      .refine((hours) => hours.from !== hours.to, { message: 'must differ from hours.from', path: ['to'] })
      .optional(),
  })
  .strict();

const rotationFields = {
  handoffTime: clockTimeSchema,
  timeZone: timeZoneSchema,
  participants: z.array(accountIdSchema).min(1, 'must not be empty'),
  startDate: localDateSchema,
  restriction: restrictionSchema.optional(),
};

const rotationSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('daily'), ...rotationFields }).strict(),
    z.object({ kind: z.literal('weekly'), ...rotationFields }).strict(),
    z
      .object({
        kind: z.literal('custom'),
        shiftLengthHours: z
          .number()
          .positive('must be greater than 0')
          .max(MAX_SHIFT_HOURS, `must be at most ${MAX_SHIFT_HOURS} hours`)
          // Whole minutes keep every handoff on a time an admin can read in the UI.
          .refine((hours) => Number.isInteger(hours * 60), 'must be a whole number of minutes'),
        ...rotationFields,
      })
      .strict(),
  ],
  { errorMap: () => ({ message: "must be 'daily', 'weekly' or 'custom'" }) },
);

const layerSchema = z.object({ name: z.string().trim().min(1, 'must not be empty'), rotation: rotationSchema }).strict();

const overrideSchema = z
  .object({ id: z.string().min(1, 'must not be empty'), accountId: accountIdSchema, start: instantSchema, end: instantSchema })
  .strict()
  .refine((o) => o.end.getTime() > o.start.getTime(), { message: 'must be after start', path: ['end'] });

/**
 * The shape of a schedule as stored or sent by the admin UI. Cross-field rules (overlapping
 * overrides, duplicate ids) are checked by `validateSchedule` once the shape is right.
 */
export const scheduleSchema = z
  .object({
    id: z.string().trim().min(1, 'must not be empty').max(128).regex(SCHEDULE_ID_PATTERN, SCHEDULE_ID_MESSAGE),
    name: z.string().trim().min(1, 'must not be empty'),
    timeZone: timeZoneSchema,
    layers: z.array(layerSchema).min(1, 'must have at least one layer'),
    overrides: z.array(overrideSchema).default([]),
  })
  .strict();

export type ScheduleInput = z.input<typeof scheduleSchema>;
