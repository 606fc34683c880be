import { z } from 'zod';
import { IsoInstantSchema } from './common.js';
import { IntegrationIdSchema } from './integration.js';

export const HeartbeatIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be 1–63 lower-case letters, digits or dashes, starting with a letter or digit');

/** The severities a missed heartbeat's alert may carry (the alert pipeline's own four). */
export const HEARTBEAT_SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;

/**
 * A job that must check in: it pings its URL every `intervalMinutes`; when no ping has come
 * `intervalMinutes + graceMinutes` after the last one, the heartbeat's alert fires through the
 * integration's pipeline (its project, service, maintenance windows and policy), and the next
 * ping resolves it. `drill`: the incident it opens is a drill, isolated like any other.
 */
export const HeartbeatSchema = z.object({
  id: HeartbeatIdSchema,
  name: z.string().trim().min(1, 'must not be empty').max(120),
  /** Whose pipeline the missed-ping alert goes through. */
  integrationId: IntegrationIdSchema,
  /** Service the alert names; null means the integration's default service. */
  service: z.string().trim().min(1).max(255).nullable().default(null),
  intervalMinutes: z.number({ invalid_type_error: 'must be a number of minutes' }).int('must be whole minutes').min(1, 'must be at least 1 minute').max(7 * 24 * 60, 'must be at most a week (10080 minutes)'),
  graceMinutes: z.number({ invalid_type_error: 'must be a number of minutes' }).int('must be whole minutes').min(0, 'must not be negative').max(24 * 60, 'must be at most a day (1440 minutes)').default(5),
  severity: z.enum(HEARTBEAT_SEVERITIES).default('error'),
  drill: z.boolean().default(false),
  enabled: z.boolean().default(true),
});
export type Heartbeat = z.infer<typeof HeartbeatSchema>;
export type HeartbeatInput = z.input<typeof HeartbeatSchema>;

/**
 * What pings and misses have done, kept apart from the configuration so an admin's edit and a
 * ping never overwrite each other. `deadlineAt`: when the heartbeat counts as missed if no
 * ping comes first. `timerDueAt`: when the exact timer already queued fires (null: none queued),
 * so a job pinging every minute queues one timer, not one per ping.
 */
export const HeartbeatStateSchema = z.object({
  schema: z.literal(1),
  id: HeartbeatIdSchema,
  status: z.enum(['waiting', 'up', 'missed']),
  lastPingAt: IsoInstantSchema.nullable(),
  pings: z.number().int().min(0),
  deadlineAt: IsoInstantSchema,
  timerDueAt: IsoInstantSchema.nullable(),
  /** The deadline that was missed and the incident it opened, while missed. */
  missedAt: IsoInstantSchema.nullable(),
  incidentKey: z.string().max(64).nullable(),
  /** The last incident a miss opened, kept after it resolved, for admins. */
  lastIncidentKey: z.string().max(64).nullable().default(null),
});
export type HeartbeatState = z.infer<typeof HeartbeatStateSchema>;

/** How a heartbeat looks right now: `late` is past its interval but still inside its grace. */
export type HeartbeatHealth = 'waiting' | 'up' | 'late' | 'missed' | 'disabled';

/** What admins see of one heartbeat; never its secret. */
export interface HeartbeatView {
  heartbeat: Heartbeat;
  integrationName: string | null;
  health: HeartbeatHealth;
  lastPingAt: string | null;
  deadlineAt: string | null;
  incidentKey: string | null;
  lastIncidentKey: string | null;
  /** Where the job pings (null where the app cannot tell its webtrigger URL). */
  url: string | null;
  /** A ready-to-paste ping, with the secret left as a placeholder. */
  example: string | null;
}

const reason = z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000);

/** The heartbeat itself is checked by the use case, which names every field it refuses. */
export const SaveHeartbeatRequestSchema = z.object({ heartbeat: z.unknown(), reason });
export type SaveHeartbeatRequest = z.infer<typeof SaveHeartbeatRequestSchema>;
export const HeartbeatIdRequestSchema = z.object({ id: HeartbeatIdSchema, reason });

/** A created (or re-keyed) heartbeat with its secret, shown this once. */
export interface HeartbeatCreated {
  view: HeartbeatView;
  secret: string;
}

/** The dedup key every alert of one heartbeat carries, so a resumed ping resolves what a miss opened. */
export const heartbeatDedupKey = (id: string): string => `heartbeat:${id}`;
