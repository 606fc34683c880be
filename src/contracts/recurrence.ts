import { z } from 'zod';
import { IsoInstantSchema, IssueKeySchema } from './common.js';
import { CauseCategorySchema } from './reviewContent.js';

/**
 * How similar escalated incidents are clustered and when a cluster becomes a systemic problem.
 * Incidents are related when they share a scope (the service, else the first component) and an
 * alert fingerprint, a root-cause category or a closely matching summary.
 */
export const RecurrenceSettingsSchema = z.object({
  enabled: z.boolean().default(true),
  /** Related incidents count towards a problem when they resolved within this many days. */
  windowDays: z.number().int().min(7).max(365).default(90),
  /** How many related incidents within the window raise a problem. */
  threshold: z.number().int().min(2).max(20).default(3),
  /** Share of summary words two incidents must have in common (Jaccard, 0..1). */
  summarySimilarity: z.number().min(0.2).max(1).default(0.5),
  /** Jira project of problem issues; null puts the problem in the latest incident's project. */
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,9}$/, 'must be a Jira project key').nullable().default(null),
  /** JSM's "Problem" type in service projects; any issue type the project has will do. */
  issueType: z.string().trim().min(1).max(60).default('Problem'),
  /** Jira issue link type between the problem (outward) and each incident (inward). */
  linkType: z.string().trim().min(1).max(60).default('Relates'),
  /** A runbook is due for revision this many months after its last one (at once after a problem). */
  runbookRevisionMonths: z.number().int().min(1).max(24).default(6),
});
export type RecurrenceSettings = z.infer<typeof RecurrenceSettingsSchema>;
export const defaultRecurrenceSettings: RecurrenceSettings = RecurrenceSettingsSchema.parse({});

/** One resolved escalated incident as recurrence compares it, with the cluster it joined. */
export const RecurrenceMemberSchema = z.object({
  schema: z.literal(1),
  incidentKey: z.string().min(1),
  clusterId: z.string().min(1),
  /** The service, else the first component: incidents are only compared within one scope. */
  scope: z.string().min(1),
  summary: z.string().max(255),
  /** When the escalation resolved. */
  at: IsoInstantSchema,
  /** The alert dedup key that opened the incident, when an integration opened it. */
  fingerprint: z.string().min(1).nullable(),
  causeCategory: CauseCategorySchema.nullable(),
  /** Why it joined its cluster; null for the cluster's first incident. */
  matchedBy: z.enum(['fingerprint', 'rootCause', 'summary']).nullable(),
  /** The incident of the cluster it was matched with. */
  matchedWith: z.string().nullable(),
});
export type RecurrenceMember = z.infer<typeof RecurrenceMemberSchema>;

/** The systemic problem a cluster raised: its Jira issue and the incidents linked to it so far. */
export const ClusterProblemSchema = z.object({
  schema: z.literal(1),
  clusterId: z.string().min(1),
  scope: z.string().min(1),
  issueKey: z.string().min(1),
  openedAt: IsoInstantSchema,
  linked: z.array(z.string().min(1)).max(500),
});
export type ClusterProblem = z.infer<typeof ClusterProblemSchema>;

export const trends = ['rising', 'steady', 'falling'] as const;
export type Trend = (typeof trends)[number];

/** A cluster of related incidents as the Recurrence page lists it. */
export interface ClusterView {
  id: string;
  scope: string;
  /** The first incident's summary. */
  title: string;
  last30Days: number;
  last90Days: number;
  inWindow: number;
  /** The last 30 days against the 30 before. */
  trend: Trend;
  lastAt: string;
  incidents: Array<{ key: string; summary: string; at: string; matchedBy: RecurrenceMember['matchedBy'] }>;
  problem: { issueKey: string; openedAt: string; linked: number } | null;
}

/** A runbook's revision state: due six months after its last revision, or at once when asked for. */
export interface RunbookRevisionView {
  service: string;
  path: string | null;
  level: number | null;
  url: string;
  ownerAccountId: string;
  ownerName: string | null;
  lastRevisedAt: string;
  dueAt: string;
  /** Why it is due when it is: the schedule, or a drill finding or problem that asked for it. */
  reason: string;
  overdue: boolean;
}

export interface RecurrenceView {
  settings: RecurrenceSettings;
  clusters: ClusterView[];
  runbooks: RunbookRevisionView[];
  /** Stored members that did not parse, listed apart. */
  quarantined: number;
  now: string;
}

const reason = z.string().trim().min(3, 'a reason of at least 3 characters is required').max(2000);
export const GetRecurrenceRequestSchema = z.object({});
/** `settings` is parsed by the use case so its errors name the field inside. */
export const SaveRecurrenceSettingsRequestSchema = z.object({ settings: z.unknown(), reason });
export const RecordRunbookRevisionRequestSchema = z.object({
  service: z.string().trim().min(1).max(255),
  path: z.enum(['technical', 'managerial', 'executive']).nullable(),
  level: z.number().int().min(1).max(10).nullable(),
  /** What changed in this revision. */
  note: z.string().trim().min(3, 'say what changed in at least 3 characters').max(2000),
  /** Findings or problems this revision answers (issue keys). */
  answers: z.array(IssueKeySchema).max(20).default([]),
});
export type RecordRunbookRevisionRequest = z.infer<typeof RecordRunbookRevisionRequestSchema>;
