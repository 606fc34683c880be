import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema, PathNameSchema, PrioritySchema } from './common.js';

export const escalationStatuses = ['none', 'active', 'acknowledged', 'resolved'] as const;
export const EscalationStatusSchema = z.enum(escalationStatuses);
export type EscalationStatus = z.infer<typeof EscalationStatusSchema>;

const instant = IsoInstantSchema.nullable();

/**
 * The `escalation` issue property: the incident's escalation state, kept on the Jira issue
 * itself so the issue stays the record and JQL can find it
 * (`issue.property[escalation].status = active`).
 */
export const EscalationStateSchema = z.object({
  schema: z.literal(1),
  status: EscalationStatusSchema,
  policyId: z.string().nullable(),
  policyVersion: z.number().int().min(1).nullable(),
  path: PathNameSchema.nullable(),
  /** 1-based level on the path. */
  level: z.number().int().min(1).nullable(),
  /** How many times the current level's page has been repeated. */
  loop: z.number().int().min(0),
  /** Counts escalations of this incident, so a second escalation is not deduplicated against the first. */
  episode: z.number().int().min(0),
  since: instant,
  levelDueAt: instant,
  levelFiredAt: instant,
  lastPagedAt: instant,
  ackDueAt: instant,
  nextEvaluationAt: instant,
  /**
   * When the incident next needs evaluating, as epoch millis because Jira indexes numbers for
   * JQL range queries: `nextEvaluationAt`, or an earlier communications deadline (a bridge join
   * or a stakeholder update falling due), which timers and the sweep must also catch.
   */
  nextEvaluationEpochMs: z.number().int().nullable(),
  triggerId: z.string().nullable(),
  /** Effective priority when last evaluated; a change re-evaluates the path. */
  priority: PrioritySchema.nullable(),
  exhausted: z.boolean(),
  acknowledgedBy: AccountIdSchema.nullable(),
  acknowledgedAt: instant,
  resolvedAt: instant,
  /** Triggers that were firing when someone stood the escalation down; they may not restart it. */
  mutedTriggers: z.array(z.string()),
  standDown: z.object({ by: AccountIdSchema, at: IsoInstantSchema, reason: z.string() }).nullable(),
});
export type EscalationState = z.infer<typeof EscalationStateSchema>;

/** The state of an incident nobody has escalated yet. */
export const initialEscalationState: EscalationState = Object.freeze({
  schema: 1,
  status: 'none',
  policyId: null,
  policyVersion: null,
  path: null,
  level: null,
  loop: 0,
  episode: 0,
  since: null,
  levelDueAt: null,
  levelFiredAt: null,
  lastPagedAt: null,
  ackDueAt: null,
  nextEvaluationAt: null,
  nextEvaluationEpochMs: null,
  triggerId: null,
  priority: null,
  exhausted: false,
  acknowledgedBy: null,
  acknowledgedAt: null,
  resolvedAt: null,
  mutedTriggers: [],
  standDown: null,
}) as EscalationState;
