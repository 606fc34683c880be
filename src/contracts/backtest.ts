import { z } from 'zod';
import { PolicyChoiceSchema, type SimulationSummaryView } from './simulator.js';

export const BacktestRequestSchema = z.object({
  policy: PolicyChoiceSchema,
  days: z.number().int().min(1).max(365).default(90),
});
export type BacktestRequest = z.infer<typeof BacktestRequestSchema>;

export interface BacktestTotals {
  incidents: number;
  pages: number;
  personPages: number;
  /** Distinct people paged in their sleep hours, summed over incidents. */
  woken: number;
  meanMinutesToFirstPage: number | null;
  breachedResponse: number;
  /** Incidents that reached level 2 or higher on any path. */
  reachedLevel2: number;
}

export interface BacktestIncidentView {
  key: string;
  summary: string;
  created: string;
  /** The version the incident actually escalated under, replayed. */
  before: SimulationSummaryView & { policy: string };
  after: SimulationSummaryView;
  changes: string[];
}

export interface BacktestView {
  policy: { id: string; name: string; version: number | null; draft: boolean };
  from: string;
  to: string;
  incidents: BacktestIncidentView[];
  totals: { before: BacktestTotals; after: BacktestTotals; changed: number };
  skipped: { key: string; reason: string }[];
  /** More incidents matched than one call replays; the newest were kept. */
  truncated: boolean;
  assumptions: string[];
}
