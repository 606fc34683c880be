import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema, PathNameSchema, PrioritySchema, IssueKeySchema } from './common.js';
import { TabletopRunSchema } from './tabletop.js';

/** The label every drill issue carries, so JQL, queues and people can tell a drill at a glance. */
export const DRILL_LABEL = 'escalation-drill';

/** What a drill exercises: the incident it pretends to be and which parts of the policy it climbs. */
export const DrillScenarioSchema = z.object({
  priority: PrioritySchema.default('P2'),
  service: z.string().trim().min(1).max(255).nullable().default(null),
  /** The path the drill starts on. */
  path: PathNameSchema.default('technical'),
  /**
   * Paths whose people may really be paged. Managerial and executive levels outside this list
   * are recorded as "would page …" and skipped, so a drill never wakes a director by surprise.
   */
  includePaths: z.array(PathNameSchema).min(1).default(['technical']),
  /** Levels (on `path`) told not to acknowledge, so the climb past them is tested. */
  mustNotAckLevels: z.array(z.number().int().min(1).max(10)).default([]),
  /** Minutes after which the drill stops by itself. */
  timeLimitMinutes: z.number().int().min(5).max(24 * 60).default(120),
});
export type DrillScenario = z.infer<typeof DrillScenarioSchema>;
export type DrillScenarioInput = z.input<typeof DrillScenarioSchema>;

export const findingKinds = ['lateAck', 'unreachable', 'nobodyOnCall', 'missingBackup', 'wrongRoute', 'channelFailed', 'ackedWhenTold', 'facilitator',
  // Tabletop exercises: a team the joint protocol did not engage, and an OLA missed.
  'protocolGap', 'olaMissed'] as const;
export const FindingKindSchema = z.enum(findingKinds);
export type FindingKind = z.infer<typeof FindingKindSchema>;

export const DrillFindingSchema = z.object({
  id: z.string().min(1).max(200),
  kind: FindingKindSchema,
  /** The hop the finding is about, when there is one. */
  path: PathNameSchema.nullable(),
  level: z.number().int().nullable(),
  accountId: AccountIdSchema.nullable(),
  text: z.string().min(1).max(2000),
  /** "runbook" findings mark the service's runbook for revision. */
  runbook: z.boolean().default(false),
  /** The Jira task opened for it ("update runbook", "fix rotation"), and that task's status. */
  taskKey: z.string().nullable().default(null),
  by: z.string().min(1),
  at: IsoInstantSchema,
});
export type DrillFinding = z.infer<typeof DrillFindingSchema>;

/** One page the drill sent (or would have sent), as the executor saw it. */
export const DrillPageSchema = z.object({
  at: IsoInstantSchema,
  path: PathNameSchema,
  level: z.number().int().min(1),
  loop: z.number().int().min(0),
  backup: z.boolean(),
  accountIds: z.array(z.string()),
  groups: z.array(z.string()),
  ackDueAt: IsoInstantSchema,
  outcome: z.enum(['sent', 'failed', 'skipped']),
  /** Why it was skipped (a path the drill leaves out) or how it failed. */
  note: z.string().max(500).nullable(),
});
export type DrillPage = z.infer<typeof DrillPageSchema>;

/** Something a drill was not allowed to do, with who or what tried. */
export const WithheldSchema = z.object({ at: IsoInstantSchema, what: z.string().min(1).max(200), detail: z.string().max(500) });
export type Withheld = z.infer<typeof WithheldSchema>;

export const drillEndReasons = ['acknowledged', 'exhausted', 'timeLimit', 'stopped'] as const;

/** A drill as the app stores it; the issue's label and property only mirror it. */
export const DrillRecordSchema = z.object({
  schema: z.literal(1),
  issueKey: z.string().min(1),
  programmeId: z.string().nullable(),
  policyId: z.string().min(1),
  policyVersion: z.number().int().min(1),
  scenario: DrillScenarioSchema,
  /** The people the drill is meant to exercise (the rotation's pick), for coverage. */
  participants: z.array(z.string()),
  status: z.enum(['running', 'ended']),
  startedAt: IsoInstantSchema,
  startedBy: z.string().min(1),
  endsAt: IsoInstantSchema,
  endedAt: IsoInstantSchema.nullable(),
  endReason: z.enum(drillEndReasons).nullable(),
  endedBy: z.string().nullable(),
  pages: z.array(DrillPageSchema).max(200),
  withheld: z.array(WithheldSchema).max(200),
  findings: z.array(DrillFindingSchema).max(100),
  /** Set when the drill is a tabletop exercise: its scenario and the injects played so far. */
  tabletop: TabletopRunSchema.nullable().default(null),
});
export type DrillRecord = z.infer<typeof DrillRecordSchema>;

/** A recurring drill of one policy. */
/** A programme's id: also part of its storage key, so nothing else gets that far. */
const ProgrammeIdSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes');

export const DrillProgrammeSchema = z.object({
  id: ProgrammeIdSchema,
  name: z.string().trim().min(1).max(120),
  policyId: z.string().min(1),
  /** Months between drills; quarterly unless set. */
  cadenceMonths: z.number().int().min(1).max(12).default(3),
  window: z.enum(['workingHours', 'outOfHours']).default('workingHours'),
  /** The participants' zone for the window. */
  timeZone: z.string().min(1).default('UTC'),
  scenario: DrillScenarioSchema,
  enabled: z.boolean().default(true),
  lastRunAt: IsoInstantSchema.nullable().default(null),
});
export type DrillProgramme = z.infer<typeof DrillProgrammeSchema>;
export type DrillProgrammeInput = z.input<typeof DrillProgrammeSchema>;

/** A runbook a service (and optionally one policy level) links to. */
export const RunbookLinkSchema = z.object({
  service: z.string().min(1),
  path: PathNameSchema.nullable().default(null),
  level: z.number().int().min(1).nullable().default(null),
  url: z.string().url(),
  ownerAccountId: z.string().min(1),
  lastRevisedAt: IsoInstantSchema,
  /** Set when a drill finding said the runbook needs revising; cleared by a new revision. */
  revisionRequested: z.object({ by: z.string(), at: IsoInstantSchema, issueKey: z.string() }).nullable().default(null),
});
export type RunbookLink = z.infer<typeof RunbookLinkSchema>;

// ---- resolver payloads ----

export const SaveProgrammeRequestSchema = z.object({ programme: DrillProgrammeSchema });
export const ProgrammeIdRequestSchema = z.object({ programmeId: ProgrammeIdSchema });
export const RunDrillRequestSchema = z.object({
  /** A programme's drill, or an ad-hoc one of a policy with a scenario. */
  programmeId: ProgrammeIdSchema.optional(),
  policyId: z.string().min(1).optional(),
  scenario: DrillScenarioSchema.optional(),
}).refine((r) => r.programmeId || r.policyId, { message: 'programmeId or policyId is required', path: ['programmeId'] });
export const DrillKeyRequestSchema = z.object({ issueKey: IssueKeySchema });
export const AddDrillFindingRequestSchema = z.object({
  issueKey: IssueKeySchema,
  text: z.string().trim().min(1).max(2000),
  runbook: z.boolean().default(false),
  path: PathNameSchema.nullable().default(null),
  level: z.number().int().nullable().default(null),
});
export const OpenFindingTaskRequestSchema = z.object({ issueKey: IssueKeySchema, findingId: z.string().min(1) });
export const SaveRunbookRequestSchema = z.object({ runbook: RunbookLinkSchema });

// ---- views ----

/** One row of the hop table. */
export interface HopRow {
  path: string;
  level: number;
  loop: number;
  backup: boolean;
  pagedAt: string;
  paged: string[];
  outcome: 'sent' | 'failed' | 'skipped';
  note: string | null;
  /** The people the schedule had on call at that instant, when the level pages a schedule. */
  scheduledOnCall: string[] | null;
  routedCorrectly: boolean | null;
  ackedAt: string | null;
  ackedBy: string | null;
  /** Page → acknowledgement, minutes; null when nobody acknowledged this page. */
  ackMinutes: number | null;
  thresholdMinutes: number;
  withinThreshold: boolean | null;
  /** Previous level's timeout → this level's acknowledgement, minutes (tier handoff). */
  handoffMinutes: number | null;
}

export interface DrillScore {
  hops: HopRow[];
  mttaMinutes: number | null;
  mttrMinutes: number | null;
  routingAccuracy: number | null;
  missedThresholds: number;
}

export interface DrillSummary {
  issueKey: string;
  programmeId: string | null;
  policyId: string;
  status: 'running' | 'ended';
  startedAt: string;
  endedAt: string | null;
  endReason: string | null;
  mttaMinutes: number | null;
  mttrMinutes: number | null;
  findings: number;
  missedThresholds: number;
}

export interface DrillReportView {
  drill: DrillRecord;
  score: DrillScore;
  findings: Array<DrillFinding & { taskStatus: string | null }>;
  now: string;
}

export interface CoverageRow {
  accountId: string;
  displayName: string;
  drilledAt: string | null;
  missedAt: string | null;
  state: 'drilled' | 'missed' | 'notDrilled';
}

export interface TrendPoint {
  /** The drill's start, ISO. */
  at: string;
  issueKey: string;
  mttaMinutes: number | null;
  mttrMinutes: number | null;
}

export interface DrillsView {
  programmes: Array<DrillProgramme & { nextDueAt: string | null }>;
  drills: DrillSummary[];
  policies: Array<{ id: string; name: string }>;
  runbooks: RunbookLink[];
  /** MTTA/MTTR per participant and per level over every ended drill. */
  byParticipant: Array<{ accountId: string; displayName: string; drills: number; mttaMinutes: number | null }>;
  byLevel: Array<{ path: string; level: number; hops: number; mttaMinutes: number | null }>;
  trend: TrendPoint[];
  now: string;
}

export interface CoverageView {
  programmeId: string;
  yearFrom: string;
  rows: CoverageRow[];
}
