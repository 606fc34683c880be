import { z } from 'zod';
import { PathNameSchema, PrioritySchema } from './common.js';
import type { EscalationStatus } from './escalationState.js';
import type { PathName, Priority } from './common.js';
import type { SlaView } from './resolvers.js';

// The dashboard's resolver: listActiveEscalations(ListActiveEscalationsRequest) → Envelope<ActiveEscalationsView>.

/** Every filter is optional; an absent or empty list means "any". */
export const DashboardFiltersSchema = z.object({
  paths: z.array(PathNameSchema).max(3).optional(),
  levels: z.array(z.number().int().min(1).max(10)).max(10).optional(),
  services: z.array(z.string().min(1)).max(100).optional(),
  priorities: z.array(PrioritySchema).max(5).optional(),
});
export type DashboardFilters = z.infer<typeof DashboardFiltersSchema>;

export const ListActiveEscalationsRequestSchema = z.object({
  filters: DashboardFiltersSchema.default({}),
  /** How many past days of MTTA/MTTR to return, today included. */
  trendDays: z.number().int().min(1).max(90).default(14),
});
export type ListActiveEscalationsRequest = z.input<typeof ListActiveEscalationsRequestSchema>;

/** One escalated incident that is not resolved and not stood down. */
export interface ActiveEscalationRow {
  issueKey: string;
  summary?: string;
  path: PathName | null;
  level: number | null;
  status: EscalationStatus;
  priority: Priority | null;
  service: string | null;
  /** Set while a page waits for acknowledgement; null once acknowledged. */
  ackDueAt: string | null;
  nextEvaluationAt: string | null;
  slas: SlaView[];
}

/** Mean time to acknowledge and to resolve for incidents escalated on one local day. */
export interface TrendPoint {
  /** yyyy-MM-dd */
  day: string;
  /** null on a day with nothing acknowledged (or resolved) to average. */
  mttaMinutes: number | null;
  mttrMinutes: number | null;
  incidents: number;
}

export interface ActiveEscalationsView {
  rows: ActiveEscalationRow[];
  trend: TrendPoint[];
  /** Every service name the filters may offer, not only those in `rows`. */
  services: string[];
  /** Server time of the answer, so countdowns use the server's clock. */
  now: string;
  /**
   * Escalated incidents whose record could not be read (for example a malformed or tampered
   * `escalation` property): left out of the rows, named here so someone looks at them.
   */
  needsAttention: Array<{ issueKey: string; error: string }>;
}
