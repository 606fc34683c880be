import { z } from 'zod';
import { IsoInstantSchema } from './common.js';
import { IntegrationIdSchema } from './integration.js';

export const SyntheticCheckIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'must be 1–63 lower-case letters, digits or dashes, starting with a letter or digit');

/**
 * A synthetic check: every `intervalMinutes` the app sends the integration's own sample alert,
 * as the tool would send it (authenticated with the integration's secret), through the real
 * pipeline, tagged as a drill; the policy that takes it must page within `boundMinutes`, or a
 * real incident about the escalation system is raised.
 */
export const SyntheticCheckSchema = z.object({
  id: SyntheticCheckIdSchema,
  name: z.string().trim().min(1, 'must not be empty').max(120),
  integrationId: IntegrationIdSchema,
  intervalMinutes: z.number({ invalid_type_error: 'must be a number of minutes' }).int('must be whole minutes').min(15, 'must be at least 15 minutes (each run is a drill that pages someone)').max(7 * 24 * 60, 'must be at most a week (10080 minutes)').default(24 * 60),
  boundMinutes: z.number({ invalid_type_error: 'must be a number of minutes' }).int('must be whole minutes').min(1, 'must be at least 1 minute').max(60, 'must be at most 60 minutes').default(5),
  enabled: z.boolean().default(true),
});
export type SyntheticCheck = z.infer<typeof SyntheticCheckSchema>;
export type SyntheticCheckInput = z.input<typeof SyntheticCheckSchema>;

export const SYNTHETIC_HOPS = ['sent', 'authenticated', 'incident', 'escalated', 'paged'] as const;

/** One hop of a run: when it happened and how long after the alert was sent (null: it never did). */
export const SyntheticHopSchema = z.object({
  hop: z.enum(SYNTHETIC_HOPS),
  at: IsoInstantSchema.nullable(),
  latencyMs: z.number().int().min(0).nullable(),
  detail: z.string().max(500),
});
export type SyntheticHop = z.infer<typeof SyntheticHopSchema>;

export const SyntheticRunSchema = z.object({
  schema: z.literal(1),
  id: z.string().min(1).max(120),
  checkId: SyntheticCheckIdSchema,
  startedAt: IsoInstantSchema,
  boundAt: IsoInstantSchema,
  status: z.enum(['running', 'passed', 'failed']),
  /** The drill incident the synthetic alert opened. */
  incidentKey: z.string().max(64).nullable(),
  hops: z.array(SyntheticHopSchema).max(10),
  /** Why it failed, and the real incident raised about it. */
  reason: z.string().max(1000).nullable(),
  failureIncidentKey: z.string().max(64).nullable(),
  finishedAt: IsoInstantSchema.nullable(),
});
export type SyntheticRun = z.infer<typeof SyntheticRunSchema>;

/** What admins see of one check: its last runs, newest first, and when it runs next. */
export interface SyntheticView {
  check: SyntheticCheck;
  integrationName: string | null;
  runs: SyntheticRun[];
  nextRunAt: string | null;
}

const reason = z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000);
export const SaveSyntheticCheckRequestSchema = z.object({ check: z.unknown(), reason });
export type SaveSyntheticCheckRequest = z.infer<typeof SaveSyntheticCheckRequestSchema>;
export const SyntheticCheckIdRequestSchema = z.object({ id: SyntheticCheckIdSchema, reason });
export const RunSyntheticCheckRequestSchema = z.object({ id: SyntheticCheckIdSchema });

/** The label of the real incident a failed check raises, so the escalation system's own outages can be found. */
export const SELF_CHECK_LABEL = 'escalation-self-check';
