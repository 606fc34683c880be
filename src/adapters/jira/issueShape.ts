import { z } from 'zod';

const durationMs = z.object({ millis: z.number() }).passthrough();
const cycle = z.object({
  breached: z.boolean(),
  paused: z.boolean().optional(),
  goalDuration: durationMs.optional(),
  elapsedTime: durationMs.optional(),
  remainingTime: durationMs.optional(),
}).passthrough();

/** JSM's SLA field value, as it appears in issue fields. */
export const SlaFieldSchema = z.object({
  name: z.string().optional(),
  ongoingCycle: cycle.optional(),
  completedCycles: z.array(cycle).default([]),
}).passthrough();
export type SlaField = z.infer<typeof SlaFieldSchema>;

const named = z.object({ name: z.string() }).passthrough();
/** jira.js turns timestamps into Dates when it validates; raw JSON has strings. Accept both. */
const instant = z.union([z.string(), z.date()]).transform((v) => (typeof v === 'string' ? v : v.toISOString()));

/** The parts of a Jira issue the app reads; anything else is ignored. */
export const IssueShapeSchema = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    project: z.object({ key: z.string() }).passthrough(),
    status: z.object({ statusCategory: z.object({ key: z.enum(['new', 'indeterminate', 'done', 'undefined']) }).passthrough() }).passthrough(),
    created: instant,
    updated: instant,
    assignee: z.object({ accountId: z.string() }).passthrough().nullable().optional(),
    labels: z.array(z.string()).default([]),
    components: z.array(named).default([]),
  }).passthrough(),
  properties: z.record(z.unknown()).optional(),
  changelog: z.object({
    histories: z.array(z.object({
      created: instant,
      items: z.array(z.object({ field: z.string(), to: z.string().nullable().optional() }).passthrough()),
    }).passthrough()).default([]),
  }).passthrough().optional(),
}).passthrough();
export type IssueShape = z.infer<typeof IssueShapeSchema>;
