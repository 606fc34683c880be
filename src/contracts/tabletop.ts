import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema, IssueKeySchema, PrioritySchema } from './common.js';
import { TeamIdSchema } from './team.js';

/** What an inject plays out: the beats of a multi-domain outage a facilitator scripts. */
export const injectKinds = ['alert', 'dependencyAlert', 'stakeholderQuestion', 'vendorNotUs', 'publicUpdateDecision', 'note'] as const;
export type InjectKind = (typeof injectKinds)[number];
export const INJECT_KIND_LABELS: Readonly<Record<InjectKind, string>> = {
  alert: 'Alert', dependencyAlert: 'Alert on a dependency', stakeholderQuestion: 'Stakeholder question',
  vendorNotUs: 'Vendor says "not us"', publicUpdateDecision: 'Public-update decision', note: 'Facilitator note',
};

/** Who an inject is addressed to in the exercise. */
export const injectRoles = ['commander', 'liaison', 'commsLead'] as const;
export type InjectRole = (typeof injectRoles)[number];
export const INJECT_ROLE_LABELS: Readonly<Record<InjectRole, string>> = { commander: 'Incident commander', liaison: 'Team liaisons', commsLead: 'Comms lead' };

const Id = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be lower-case letters, digits and dashes');
const Service = z.string().trim().min(1).max(255);

export const InjectSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and dashes'),
  /** Minutes after the exercise starts. */
  atMinute: z.number().int().min(0, 'must be 0 or more').max(480, 'must be at most 480 (8 hours)'),
  kind: z.enum(injectKinds),
  to: z.enum(injectRoles),
  text: z.string().trim().min(1, 'say what happens').max(1000),
}).strict();
export type Inject = z.infer<typeof InjectSchema>;

/**
 * A tabletop exercise of a multi-domain outage: the incident it opens (on the first service, at
 * the priority, under a policy), the teams the joint protocol is expected to engage, and the
 * injects played to the roles at their minute. It runs as a drill, so nothing reaches customers.
 */
export const TabletopScenarioSchema = z.object({
  id: Id,
  name: z.string().trim().min(1).max(120),
  policyId: z.string().trim().min(1, 'choose the policy the exercise escalates under'),
  priority: PrioritySchema.default('P1'),
  /** The first is the incident's service; the others are the outage's other domains. */
  services: z.array(Service).min(1, 'name at least the service that fails').max(10),
  teams: z.array(TeamIdSchema).min(1, 'name at least one team to engage').max(20),
  injects: z.array(InjectSchema).max(30).default([]),
  timeLimitMinutes: z.number().int().min(5).max(480).default(90),
}).strict();
export type TabletopScenario = z.infer<typeof TabletopScenarioSchema>;
export type TabletopScenarioInput = z.input<typeof TabletopScenarioSchema>;

export const StoredTabletopScenarioSchema = z.object({
  version: z.number().int().min(1),
  scenario: TabletopScenarioSchema,
  savedBy: AccountIdSchema,
  savedAt: IsoInstantSchema,
  reason: z.string().max(2000),
});
export type StoredTabletopScenario = z.infer<typeof StoredTabletopScenarioSchema>;

/** One inject as played: when, and to whom it went. */
export const DeliveredInjectSchema = z.object({ injectId: z.string(), dueAt: IsoInstantSchema, deliveredAt: IsoInstantSchema, to: z.array(AccountIdSchema) });
export type DeliveredInject = z.infer<typeof DeliveredInjectSchema>;

/** The tabletop part of a drill record: the scenario as it was when started, and what was played. */
export const TabletopRunSchema = z.object({
  scenarioId: Id,
  scenarioVersion: z.number().int().min(1),
  name: z.string(),
  teams: z.array(TeamIdSchema),
  injects: z.array(InjectSchema),
  delivered: z.array(DeliveredInjectSchema).max(30).default([]),
  /** When the exact timer armed for the next inject fires, so evaluations do not stack timers. */
  timerAt: IsoInstantSchema.nullable().default(null),
});
export type TabletopRun = z.infer<typeof TabletopRunSchema>;

// ---- resolver payloads ----

const Reason = z.string().trim().min(3, 'say why, in at least 3 characters').max(2000);
/** The scenario is parsed by the use case, so its errors name fields inside it. */
export const SaveTabletopScenarioRequestSchema = z.object({ scenario: z.unknown(), expectedVersion: z.number().int().min(0), reason: Reason });
export type SaveTabletopScenarioRequest = z.infer<typeof SaveTabletopScenarioRequestSchema>;
export const StartTabletopRequestSchema = z.object({ scenarioId: Id });
export const TabletopKeyRequestSchema = z.object({ issueKey: IssueKeySchema });

// ---- views ----

/** How one expected team did: engaged how soon after the start, acknowledged within its OLA or not. */
export interface TeamEngagementScore {
  teamId: string;
  teamName: string;
  /** 'protocol': a joint protocol engaged it; 'hand': someone engaged it; 'handoff': it took a handoff; null: never engaged. */
  engagedThrough: 'protocol' | 'hand' | 'handoff' | null;
  engagedAt: string | null;
  minutesToEngage: number | null;
  acknowledgedAt: string | null;
  minutesToAcknowledge: number | null;
  olaMinutes: number | null;
  /** null while its clock still runs (or it was never engaged). */
  olaMet: boolean | null;
  /** Engaged but not one the scenario expected. */
  unexpected: boolean;
}

export interface HandoffScore {
  id: string;
  fromTeamId: string;
  toTeamId: string;
  state: string;
  minutesToAccept: number | null;
  olaMet: boolean | null;
}

export interface TabletopScore {
  teams: TeamEngagementScore[];
  handoffs: HandoffScore[];
  /** Expected teams engaged / expected teams. */
  engaged: { count: number; of: number };
  /** OLA clocks met / OLA clocks stopped (engagements and handoffs). */
  olaMet: { count: number; of: number };
  injects: { delivered: number; of: number };
}

export interface TabletopExerciseSummary {
  issueKey: string;
  scenarioId: string;
  name: string;
  status: 'running' | 'ended';
  startedAt: string;
  endedAt: string | null;
  score: TabletopScore;
}

export interface TabletopsView {
  scenarios: StoredTabletopScenario[];
  exercises: TabletopExerciseSummary[];
  policies: Array<{ id: string; name: string }>;
  teams: Array<{ id: string; name: string }>;
  services: string[];
}

export interface TabletopResultView extends TabletopExerciseSummary {
  delivered: DeliveredInject[];
  injects: Inject[];
  now: string;
}
