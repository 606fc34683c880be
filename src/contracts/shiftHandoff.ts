import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema, IssueKeySchema } from './common.js';

/**
 * A shift change during open incidents: the outgoing on-call hands them over with a note, and
 * the incoming on-call accepts. One per schedule and shift end, so handing over twice is one
 * handover (the note can be rewritten until it is accepted).
 */
export const ShiftHandoffSchema = z.object({
  id: z.string().min(1).max(200),
  scheduleId: z.string().min(1).max(128),
  scheduleName: z.string(),
  shiftEndsAt: IsoInstantSchema,
  outgoing: AccountIdSchema,
  incoming: AccountIdSchema,
  incidents: z.array(IssueKeySchema).min(1).max(20),
  note: z.string().trim().min(1).max(4000),
  state: z.enum(['requested', 'accepted']),
  requestedAt: IsoInstantSchema,
  acceptedAt: IsoInstantSchema.nullable(),
  /** When nobody had accepted by the deadline and whom that was escalated to (the incoming may still accept). */
  escalatedAt: IsoInstantSchema.nullable().default(null),
  escalatedTo: z.array(AccountIdSchema).default([]),
});
export type ShiftHandoff = z.infer<typeof ShiftHandoffSchema>;

export const HandOverShiftRequestSchema = z.object({
  scheduleId: z.string().trim().min(1).max(128),
  incidentKeys: z.array(IssueKeySchema).min(1, 'choose at least one open incident to hand over').max(20),
  note: z.string().trim().min(3, 'say what the incoming on-call needs to know, in at least 3 characters').max(4000),
});
export type HandOverShiftRequest = z.infer<typeof HandOverShiftRequestSchema>;
export const AcceptShiftHandoffRequestSchema = z.object({ id: z.string().min(1).max(200) });

/** The caller's handovers: those they gave and those waiting for them to accept. */
export interface ShiftHandoffsView {
  given: ShiftHandoff[];
  toAccept: ShiftHandoff[];
  now: string;
}
