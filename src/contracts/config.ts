import { z } from 'zod';
import { AccountIdSchema, CriticalitySchema, IsoInstantSchema, PrioritySchema } from './common.js';
import { BridgeSettingsSchema, PublicUpdateSettingsSchema, UpdateCadenceSettingsSchema } from './incidentCommsConfig.js';
import { TriggerSchema } from './trigger.js';

/** Impact × urgency → priority. Rows are impacts, columns urgencies, both most severe first. */
export const PriorityMatrixSchema = z.object({
  impacts: z.array(z.string().trim().min(1)).min(2).max(5),
  urgencies: z.array(z.string().trim().min(1)).min(2).max(5),
  cells: z.array(z.array(PrioritySchema.nullable())),
});
export type PriorityMatrix = z.infer<typeof PriorityMatrixSchema>;

/** How a criticality changes escalation: a priority floor, and a factor (< 1 tightens) on thresholds. */
export const CriticalityRuleSchema = z.object({
  priorityFloor: PrioritySchema.nullable(),
  thresholdFactor: z.number().gt(0).max(1),
});
export type CriticalityRule = z.infer<typeof CriticalityRuleSchema>;

export const ServiceSchema = z.object({
  name: z.string().trim().min(1).max(255),
  criticality: CriticalitySchema,
  /**
   * The service's id in JSM's service registry, as the "Affected services" field reports it: that
   * field names a service by id only, so this links it to the app's service.
   */
  jsmServiceId: z.string().trim().min(1).max(100).optional(),
  calendarId: z.string().min(1).optional(),
  ownerAccountId: AccountIdSchema.optional(),
  runbookUrl: z.string().url().optional(),
});
export type Service = z.infer<typeof ServiceSchema>;

/** Jira's priority field (by name, as the site's priority scheme spells it) → P1–P5. */
export const JiraPriorityMappingSchema = z.array(z.object({
  jiraPriority: z.string().trim().min(1, 'must name a Jira priority').max(60),
  priority: PrioritySchema,
})).max(20);
export type JiraPriorityMapping = z.infer<typeof JiraPriorityMappingSchema>;

/** Jira's default priority scheme, most urgent first: what a fresh install maps onto P1–P5. */
export const defaultJiraPriorityMapping: JiraPriorityMapping = [
  { jiraPriority: 'Highest', priority: 'P1' }, { jiraPriority: 'High', priority: 'P2' }, { jiraPriority: 'Medium', priority: 'P3' },
  { jiraPriority: 'Low', priority: 'P4' }, { jiraPriority: 'Lowest', priority: 'P5' },
];

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be HH:mm');
export const WorkingWindowSchema = z.object({ start: hhmm, end: hhmm });

export const BusinessCalendarSchema = z.object({
  id: z.string().min(1).max(64),
  name: z.string().min(1).max(120),
  timeZone: z.string().min(1),
  /** ISO weekday (1 = Monday … 7 = Sunday) → working windows in local time. */
  week: z.record(z.enum(['1', '2', '3', '4', '5', '6', '7']), z.array(WorkingWindowSchema)),
  /** Local dates (yyyy-MM-dd) with no working time. */
  holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be yyyy-MM-dd')).default([]),
});
export type BusinessCalendar = z.infer<typeof BusinessCalendarSchema>;

/** A legacy system whose standard timelines do not apply: its own triggers replace the policy's. */
export const LegacyExceptionSchema = z.object({
  id: z.string().min(1).max(64),
  services: z.array(z.string().min(1)).default([]),
  components: z.array(z.string().min(1)).default([]),
  triggers: z.array(TriggerSchema).max(20),
  reason: z.string().trim().min(10, 'must explain why, in at least 10 characters').max(2000),
  ownerAccountId: AccountIdSchema,
  expiresAt: IsoInstantSchema,
});
export type LegacyException = z.infer<typeof LegacyExceptionSchema>;

const routingWeight = z.number().finite().min(0, 'must be 0 or more').max(100, 'must be at most 100');

/** How a level that assigns without naming anyone picks the responder. */
export const RoutingConfigSchema = z.object({
  weights: z.object({ onShift: routingWeight, expertise: routingWeight, workload: routingWeight }).partial().default({}),
  /** Skills matched against the incident's service, components and labels (case-insensitive). */
  skills: z.array(z.object({ accountId: AccountIdSchema, skills: z.array(z.string().trim().min(1).max(60)).max(30) })).max(500).default([]),
});
export type RoutingConfig = z.infer<typeof RoutingConfigSchema>;

export const EscalationConfigSchema = z.object({
  matrix: PriorityMatrixSchema,
  /** Absent in configurations saved before Jira's priority was honoured: Jira's default scheme applies. */
  jiraPriorityMapping: JiraPriorityMappingSchema.default(defaultJiraPriorityMapping),
  criticalityRules: z.object({
    'mission-critical': CriticalityRuleSchema,
    'business-critical': CriticalityRuleSchema,
    standard: CriticalityRuleSchema,
    legacy: CriticalityRuleSchema,
  }),
  services: z.array(ServiceSchema).max(500).default([]),
  calendars: z.array(BusinessCalendarSchema).max(50).default([]),
  exceptions: z.array(LegacyExceptionSchema).max(200).default([]),
  /** SLA metric names the site defines; triggers may only name these. */
  slaMetrics: z.array(z.string().min(1)).default(['Time to first response', 'Time to resolution']),
  routing: RoutingConfigSchema.default({}),
  /** Conference bridge, stakeholder update cadence and who may publish (optional; defaults in app/bridge/commsSettings). */
  bridge: BridgeSettingsSchema.optional(),
  updateCadence: UpdateCadenceSettingsSchema.optional(),
  publicUpdates: PublicUpdateSettingsSchema.optional(),
});
export type EscalationConfig = z.infer<typeof EscalationConfigSchema>;
export type EscalationConfigInput = z.input<typeof EscalationConfigSchema>;
