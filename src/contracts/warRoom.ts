import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema } from './common.js';

/** Where the war room's posting stands in the incident's event log (events are ordered by at, seq). */
export const EventCursorSchema = z.object({ at: IsoInstantSchema, seq: z.number().int().min(0) });
export type EventCursor = z.infer<typeof EventCursorSchema>;

/**
 * An incident's war room, kept in app storage. `pending`: wanted but not open yet (no token, or
 * Slack refused or rate-limited the creation: `lastError` and `retryAt` say which); `open`;
 * `archived` after resolution.
 */
export const WarRoomSchema = z.object({
  schema: z.literal(1),
  incidentKey: z.string(),
  provider: z.literal('slack'),
  state: z.enum(['pending', 'open', 'archived']),
  /** Why it was opened: "protocol Payments joint" or "priority P1". */
  why: z.string(),
  drill: z.boolean(),
  channelId: z.string().nullable(),
  channelName: z.string().nullable(),
  /** https://slack.com/app_redirect?channel=<id>: opens the channel in the person's own workspace. */
  url: z.string().nullable(),
  openedAt: IsoInstantSchema.nullable(),
  /** Names tried so far that Slack said were taken. */
  namesTaken: z.array(z.string()).max(10),
  invited: z.array(AccountIdSchema).max(200),
  /** People whose email Slack does not know (users_not_found) or who have no email Jira shows. */
  notInSlack: z.array(AccountIdSchema).max(200),
  summaryTs: z.string().nullable(),
  pinned: z.boolean(),
  postedThrough: EventCursorSchema.nullable(),
  posts: z.number().int().min(0),
  /** When Slack said to come back (Retry-After); nothing is called before it. */
  retryAt: IsoInstantSchema.nullable(),
  lastError: z.string().nullable(),
  archivedAt: IsoInstantSchema.nullable(),
});
export type WarRoom = z.infer<typeof WarRoomSchema>;

/** The panel's view of the war room. */
export interface WarRoomView {
  state: WarRoom['state'];
  channelName: string | null;
  url: string | null;
  why: string;
  drill: boolean;
  invited: number;
  notInSlack: string[];
  posts: number;
  lastError: string | null;
  retryAt: string | null;
}
