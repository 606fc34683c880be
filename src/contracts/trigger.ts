import { z } from 'zod';
import { PrioritySchema } from './common.js';

const id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes');
const metric = z.string().trim().min(1).max(255);
const minutes = z.number().int();
/** Omit for wall-clock time; name a business calendar to count business time only. */
const calendarId = z.string().min(1).optional();

/** What starts an escalation. Thresholds are tightened by service criticality unless an exception applies. */
export const TriggerSchema = z.discriminatedUnion('type', [
  z.object({ id, type: z.literal('slaPercent'), metric, percent: z.number() }),
  z.object({ id, type: z.literal('slaRemaining'), metric, remainingMinutes: minutes }),
  z.object({ id, type: z.literal('slaBreached'), metric }),
  z.object({ id, type: z.literal('timeSinceCreated'), minutes, calendarId }),
  z.object({ id, type: z.literal('timeSinceUpdated'), minutes, calendarId }),
  z.object({ id, type: z.literal('unassignedFor'), minutes, calendarId }),
  z.object({ id, type: z.literal('notAcknowledgedWithin'), minutes, calendarId }),
  z.object({ id, type: z.literal('priorityAtLeast'), priority: PrioritySchema }),
  z.object({ id, type: z.literal('manual') }),
]);
export type Trigger = z.infer<typeof TriggerSchema>;
export type TriggerType = Trigger['type'];
