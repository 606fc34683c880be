import { z } from 'zod';

const count = z.number().int().min(0);

/** Counters for one policy × path × level in one month. */
export const LevelCountersSchema = z.object({
  /** Incidents whose escalation paged this level. */
  paged: count,
  /** Incidents acknowledged while this level held them. */
  acked: count,
  /** Sum of time to first acknowledgement (from the escalation's start) of those incidents. */
  ackMsSum: count,
  /** Pages this level sent to incidents that a later level acknowledged. */
  wastedPages: count,
  /** How the incident reached this level: its timeout, or someone escalating by hand. */
  timeoutEscalations: count,
  manualEscalations: count,
});
export type LevelCounters = z.infer<typeof LevelCountersSchema>;

/**
 * One month of path-effectiveness figures, kept up to date as escalations resolve, so a year
 * of analytics reads twelve records instead of every event. Drills are counted apart.
 */
export const MonthRollupSchema = z.object({
  schema: z.literal(1),
  month: z.string().regex(/^\d{4}-\d{2}$/),
  incidents: count,
  acked: count,
  ackMsSum: count,
  resolved: count,
  resolveMsSum: count,
  drills: count,
  /** Keyed `policyId|path|level`. */
  levels: z.record(z.string(), LevelCountersSchema),
});
export type MonthRollup = z.infer<typeof MonthRollupSchema>;

export const emptyRollup = (month: string): MonthRollup => ({ schema: 1, month, incidents: 0, acked: 0, ackMsSum: 0, resolved: 0, resolveMsSum: 0, drills: 0, levels: {} });

/** One level's figures over a period, as the admin chart draws them. */
export interface LevelEffectiveness {
  policyId: string;
  path: string;
  level: number;
  paged: number;
  acked: number;
  /** acked / paged, 0..1. */
  shareAcked: number;
  /** Mean time to first acknowledgement of the incidents acknowledged at this level; null when none. */
  meanTimeToAckMs: number | null;
  wastedPages: number;
  timeoutEscalations: number;
  manualEscalations: number;
}

export interface PathEffectiveness {
  from: string;
  to: string;
  incidents: number;
  /** PagerDuty's MTTA: mean time from start to first acknowledgement, unacknowledged incidents left out. */
  mttaMs: number | null;
  mttrMs: number | null;
  drillsExcluded: number;
  levels: LevelEffectiveness[];
}
