import { z } from 'zod';
import { IsoInstantSchema } from './common.js';

/** Who tried what, when, on which issue, and why it was refused. Reviewed by auditors. */
export const AccessLogEntrySchema = z.object({
  at: IsoInstantSchema,
  accountId: z.string(),
  action: z.string(),
  issueKey: z.string().nullable(),
  allowed: z.boolean(),
  reason: z.string(),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntrySchema>;
