import { z } from 'zod';
import { AccountIdSchema, CriticalitySchema, PathNameSchema, PrioritySchema } from './common.js';
import { TriggerSchema } from './trigger.js';

/** Who a level pages. Schedules and teams are resolved to people at decision time. */
export const TargetSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('user'), accountId: AccountIdSchema }),
  z.object({ type: z.literal('group'), groupName: z.string().trim().min(1).max(255) }),
  // A team pages its on-call (see the coordination teams) and, with withLiaison, its liaisons too.
  z.object({ type: z.literal('team'), teamId: z.string().trim().min(1).max(128), withLiaison: z.boolean().default(false) }),
  z.object({ type: z.literal('schedule'), scheduleId: z.string().trim().min(1).max(128) }),
]);
export type Target = z.infer<typeof TargetSchema>;

/** What a level does to the issue when it fires, besides paging its targets. */
export const LevelActionSchema = z.discriminatedUnion('kind', [
  // Without accountId the first user target (or the on-call person) is assigned.
  z.object({ kind: z.literal('assign'), accountId: AccountIdSchema.optional() }),
  z.object({ kind: z.literal('setPriority'), priority: PrioritySchema }),
  z.object({ kind: z.literal('addWatchers'), accountIds: z.array(AccountIdSchema).min(1).max(20) }),
  z.object({ kind: z.literal('addLabel'), label: z.string().regex(/^\S{1,255}$/, 'must be one word without spaces') }),
  z.object({ kind: z.literal('comment'), body: z.string().trim().min(1).max(5000) }),
  z.object({ kind: z.literal('notify'), templateId: z.string().trim().min(1).max(128) }),
  z.object({ kind: z.literal('transition'), transitionName: z.string().trim().min(1).max(255) }),
]);
export type LevelAction = z.infer<typeof LevelActionSchema>;

export const LevelSchema = z.object({
  name: z.string().max(120).optional(),
  targets: z.array(TargetSchema).max(10),
  /** Paged when the level's page and its follow-ups go unacknowledged, before the next level. */
  backups: z.array(TargetSchema).max(10).default([]),
  /** Minutes after the previous level paged (level 1: after the trigger fired) before this level pages. */
  delayMinutes: z.number().int(),
  /** Minutes a page waits for acknowledgement before it is repeated. */
  ackTimeoutMinutes: z.number().int().default(15),
  /** How many follow-up pages go to the same targets when a page is not acknowledged. */
  repeat: z.number().int().default(0),
  actions: z.array(LevelActionSchema).max(20).default([]),
});
export type Level = z.infer<typeof LevelSchema>;

export const EscalationPathSchema = z.object({ levels: z.array(LevelSchema).max(10) });
export type EscalationPath = z.infer<typeof EscalationPathSchema>;

/** First matching rule chooses the path; an empty condition matches everything. */
export const PathRuleSchema = z.object({
  path: PathNameSchema,
  when: z.object({
    priorities: z.array(PrioritySchema).optional(),
    impacts: z.array(z.string().min(1)).optional(),
    urgencies: z.array(z.string().min(1)).optional(),
    criticalities: z.array(CriticalitySchema).optional(),
  }),
});
export type PathRule = z.infer<typeof PathRuleSchema>;

export const ScopeSchema = z.object({
  projects: z.array(z.string().regex(/^[A-Z][A-Z0-9_]{0,9}$/, 'must be a Jira project key')).default([]),
  requestTypes: z.array(z.string().min(1)).default([]),
  services: z.array(z.string().min(1)).default([]),
  /** Extra JQL the incident must match; evaluated by Jira, never by us. */
  jql: z.string().max(2000).optional(),
});
export type Scope = z.infer<typeof ScopeSchema>;

export const PolicySchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes'),
  name: z.string().trim().min(1).max(120),
  enabled: z.boolean().default(true),
  /** Lower rank wins when several policies' scopes match one incident. */
  rank: z.number().int().min(0).max(1000).default(100),
  scope: ScopeSchema,
  triggers: z.array(TriggerSchema).max(20),
  paths: z.object({
    technical: EscalationPathSchema,
    managerial: EscalationPathSchema,
    executive: EscalationPathSchema,
  }),
  pathRules: z.array(PathRuleSchema).max(30).default([]),
  defaultPath: PathNameSchema.default('technical'),
  /** Threshold review cadence; quarterly unless set. */
  reviewIntervalMonths: z.number().int().min(1).max(12).default(3),
});
export type Policy = z.infer<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
