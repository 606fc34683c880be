import type { KpiReport } from '../../../contracts/kpiReport.js';
import type { EventLogEntry } from '../../../contracts/events.js';
import { escalationKpis, type KpiIncidentFact } from '../../../domain/governance/kpi/escalationKpis.js';
import { kpiCsv } from '../../../domain/governance/kpi/kpiCsv.js';
import { quarterRange } from '../../../domain/governance/accessReview/quarter.js';
import { authorizeSiteAction } from '../../access/authorize.js';
import { reviewSettingsOrDefault } from '../../reviews/reviewSettingsOrDefault.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import type { Deps } from '../../shared/deps.js';
import { auditPeriodRange } from '../auditPeriod.js';

/** Incidents one report reads; a busier stretch is cut here, like the monthly audit. */
export const KPI_INCIDENT_LIMIT = 1000;
const TREND_MONTHS = 6;
const STARTS = new Set<EventLogEntry['type']>(['triggered', 'manualEscalation']);

export type KpiDeps = Pick<Deps, 'host' | 'store' | 'clock' | 'drills' | 'reviews'>;

const monthLabel = (ms: number) => new Date(ms).toISOString().slice(0, 7);

/**
 * The escalation KPIs for compliance officers: for a month or a quarter, and month by month for
 * the six months up to its end. Drills are left out (counted apart), so exercises never flatter
 * or spoil production figures. Computed from the records on each request; nothing is stored.
 */
export async function kpiReport(deps: KpiDeps, actor: Actor, period: string): Promise<KpiReport> {
  await authorizeSiteAction(deps, actor, 'viewGovernance', 'kpiReport');
  const { from, to } = period.includes('Q') ? quarterRange(period) : auditPeriodRange(period);
  const now = deps.clock.now();
  if (from > now) throw new AppError('INVALID', `${period} has not started yet`, [{ field: 'period', message: 'choose a month or quarter that has started' }]);
  const months: Array<{ from: number; to: number }> = [];
  for (let end = to; months.length < TREND_MONTHS; ) {
    const d = new Date(end);
    const start = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1);
    months.unshift({ from: start, to: end });
    end = start;
  }
  const earliest = Math.min(from, months[0]!.from);
  const reviewDueHours = deps.reviews ? (await reviewSettingsOrDefault(deps.reviews.store)).dueHours : 48;
  const facts: KpiIncidentFact[] = [];
  let drillsExcluded = 0;
  let token: string | null = null;
  const seen = new Set<string>();
  do {
    const page = await deps.host.search({ kind: 'escalated', resolvedWithinDays: Math.ceil((now - earliest) / 86_400_000) + 1 }, token);
    for (const { incident, state } of page.records) {
      if (seen.has(incident.key) || facts.length >= KPI_INCIDENT_LIMIT) continue;
      seen.add(incident.key);
      const events = (await deps.store.listEvents(incident.key)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.seq - b.seq);
      const start = events.find((e) => STARTS.has(e.type));
      if (!start || Date.parse(start.at) < earliest || Date.parse(start.at) >= to) continue;
      if (deps.drills && (await deps.drills.getDrill(incident.key))) { drillsExcluded += 1; continue; }
      facts.push(await factOf(deps, incident, state?.priority ?? null, events, start, reviewDueHours));
    }
    token = facts.length >= KPI_INCIDENT_LIMIT ? null : page.nextPageToken;
  } while (token !== null);
  const bypass = (await deps.store.listAccessLog(5000)).filter((e) => e.action.startsWith('bypassAttempt:')).map((e) => Date.parse(e.at));
  const figuresFor = (w: { from: number; to: number }) => escalationKpis(facts, bypass.filter((t) => t >= w.from && t < w.to).length, { fromMs: w.from, toMs: w.to, asOfMs: now });
  const report: Omit<KpiReport, 'csv'> = {
    period, from: new Date(from).toISOString(), to: new Date(to).toISOString(), generatedAt: new Date(now).toISOString(),
    figures: figuresFor({ from, to }), trend: months.map((m) => ({ month: monthLabel(m.from), figures: figuresFor(m) })), truncated: facts.length >= KPI_INCIDENT_LIMIT, drillsExcluded,
  };
  return { ...report, csv: kpiCsv(report) };
}

async function factOf(deps: KpiDeps, incident: { key: string; slas: ReadonlyArray<{ breached: boolean }> }, priority: string | null, events: EventLogEntry[], start: EventLogEntry, dueHours: number): Promise<KpiIncidentFact> {
  const startedAt = Date.parse(start.at);
  const after = (type: EventLogEntry['type']) => events.find((e) => e.type === type && Date.parse(e.at) >= startedAt);
  const ack = after('acknowledged');
  const resolved = after('resolved');
  const opened = after('reviewOpened');
  const completed = [...events].reverse().find((e) => e.type === 'reviewCompleted');
  const version = start.policyId !== null && start.policyVersion !== null ? await deps.store.getPolicyVersion(start.policyId, start.policyVersion) : null;
  const path = start.path ? version?.policy.paths[start.path as keyof typeof version.policy.paths] : undefined;
  const level = path?.levels[(start.level ?? 1) - 1];
  return {
    key: incident.key,
    priority,
    startedAt,
    acknowledgedAt: ack ? Date.parse(ack.at) : null,
    resolvedAt: resolved ? Date.parse(resolved.at) : null,
    ackThresholdMs: (level?.ackTimeoutMinutes ?? 15) * 60_000,
    slaBreached: incident.slas.some((s) => s.breached),
    pir: opened ? { dueAt: Date.parse(opened.at) + dueHours * 3_600_000, completedAt: completed ? Date.parse(completed.at) : null } : null,
  };
}
