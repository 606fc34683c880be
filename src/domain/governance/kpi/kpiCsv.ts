import type { KpiFigures, KpiReport } from '../../../contracts/kpiReport.js';
import { toCsv } from '../evidencePack/toCsv.js';

const COLUMNS = ['escalations', 'mttaMinutes', 'mttrMinutes', 'slaBreaches', 'ackedWithinThresholdPercent', 'bypassAttempts', 'pirsDue', 'pirsOnTime', 'pirsOnTimePercent'] as const;

const line = (label: string, f: KpiFigures, priorities: readonly string[]) =>
  [label, ...COLUMNS.map((c) => f[c]), ...priorities.map((p) => f.byPriority[p] ?? 0)];

/** One row for the period, then one per month of the trend; priorities become columns of their own. */
export function kpiCsv(r: Omit<KpiReport, 'csv'>): string {
  const priorities = [...new Set([r.figures, ...r.trend.map((t) => t.figures)].flatMap((f) => Object.keys(f.byPriority)))].sort();
  return toCsv(['period', ...COLUMNS, ...priorities.map((p) => `escalations ${p}`)], [
    line(r.period, r.figures, priorities),
    ...r.trend.map((t) => line(t.month, t.figures, priorities)),
  ]);
}
