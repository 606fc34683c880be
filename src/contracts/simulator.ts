import { z } from 'zod';
import { AccountIdSchema, IsoInstantSchema, PrioritySchema, type PathName, type Priority } from './common.js';
import type { Channel } from './comms.js';

/** A saved version (the current one unless `version` is given), or an unsaved draft. */
export const PolicyChoiceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('saved'), id: z.string().min(1).max(64), version: z.number().int().min(1).optional() }),
  /** Checked by the domain's policy validator, which names every field it refuses. */
  z.object({ kind: z.literal('draft'), policy: z.unknown() }),
]);
export type PolicyChoice = z.infer<typeof PolicyChoiceSchema>;

const minutes = (max: number) => z.number().int().min(0).max(max);

/** The incident to imagine. A priority alone picks the matrix's most severe cell giving it. */
export const HypotheticalIncidentInputSchema = z.object({
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,9}$/, 'must be a Jira project key'),
  service: z.string().trim().min(1).max(255).nullable(),
  priority: PrioritySchema.optional(),
  impact: z.string().trim().min(1).optional(),
  urgency: z.string().trim().min(1).optional(),
  requestType: z.string().min(1).nullable().default(null),
  labels: z.array(z.string().min(1)).max(20).default([]),
  createdAt: IsoInstantSchema,
  slaGoals: z.array(z.object({ metric: z.string().trim().min(1).max(255), goalMinutes: minutes(525_600).min(1) })).max(10).default([]),
});

export const SimulatePolicyRequestSchema = z.object({
  policy: PolicyChoiceSchema,
  incident: HypotheticalIncidentInputSchema,
  /** Null: nobody acknowledges, which shows the whole climb. */
  acknowledgeAfterMinutes: minutes(10_080).nullable().default(null),
  acknowledgedBy: AccountIdSchema.optional(),
  resolveAfterMinutes: minutes(43_200).nullable().default(null),
  horizonHours: z.number().int().min(1).max(168).default(24),
});
export type SimulatePolicyRequest = z.infer<typeof SimulatePolicyRequestSchema>;

export interface PersonView {
  accountId: string;
  displayName: string;
}

export interface OnCallView {
  scheduleId: string;
  scheduleName: string | null;
  person: PersonView | null;
  source: 'override' | 'layer' | 'nobody' | 'missing';
  detail: string;
  until: string | null;
  timeZone: string | null;
}

export interface SimulatedPageView {
  at: string;
  path: PathName;
  level: number;
  levelName: string | null;
  kind: 'first' | 'followUp' | 'backup';
  channel: Channel;
  people: PersonView[];
  groups: string[];
  teams: string[];
  ackDueAt: string;
  onCall: OnCallView[];
  woken: { person: PersonView; timeZone: string }[];
}

export interface SimulationSummaryView {
  pages: number;
  personPages: number;
  firstPageAt: string | null;
  minutesToFirstPage: number | null;
  acknowledgedAt: string | null;
  levelsReached: Partial<Record<PathName, number>>;
  woken: PersonView[];
  breachedResponse: boolean;
}

export interface SimulationView {
  policy: { id: string; name: string; version: number | null; draft: boolean };
  incident: { priority: Priority; impact: string | null; urgency: string | null; service: string | null; createdAt: string };
  pages: SimulatedPageView[];
  actions: { at: string; kind: string; detail: string; channel: Channel | null }[];
  steps: { at: string; type: string; path: PathName | null; level: number | null; detail: string }[];
  evaluations: { at: string; trace: string[] }[];
  ended: { reason: 'acknowledged' | 'resolved' | 'exhausted' | 'horizon' | 'nothingDue' | 'notInScope'; at: string };
  summary: SimulationSummaryView;
  /** What the simulation assumes, in plain words. */
  assumptions: string[];
}
