import { z } from 'zod';

/** A KPI report covers a UTC month (`YYYY-MM`) or quarter (`YYYY-Qn`). */
export const KpiPeriodSchema = z.string().regex(/^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/, 'must be a month as YYYY-MM or a quarter as YYYY-Qn');
export const KpiReportRequestSchema = z.object({ period: KpiPeriodSchema }).strict();

/** The escalation KPIs of one stretch of time, drills left out. */
export interface KpiFigures {
  escalations: number;
  byPriority: Record<string, number>;
  /** Mean minutes from the escalation starting to its acknowledgement, over acknowledged ones. */
  mttaMinutes: number | null;
  /** Mean minutes from the escalation starting to the incident's resolution, over resolved ones. */
  mttrMinutes: number | null;
  slaBreaches: number;
  /** Acknowledged within the first level's acknowledgement timeout of the policy version in force. */
  ackedWithinThreshold: number;
  ackedWithinThresholdPercent: number | null;
  bypassAttempts: number;
  pirsDue: number;
  pirsOnTime: number;
  pirsOnTimePercent: number | null;
}

export interface KpiReport {
  period: string;
  from: string;
  to: string;
  generatedAt: string;
  figures: KpiFigures;
  /** Month by month, the six months up to the period's end, so a trend shows. */
  trend: Array<{ month: string; figures: KpiFigures }>;
  /** More escalated incidents than one report reads: the figures cover the first ones only. */
  truncated: boolean;
  /** Drill incidents left out of every figure. */
  drillsExcluded: number;
  /** The report as CSV, to file with the operational risk assessment. */
  csv: string;
}
