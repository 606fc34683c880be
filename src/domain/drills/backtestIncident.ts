import type { PathName } from '../../contracts/common.js';
import type { EscalationConfig } from '../../contracts/config.js';
import type { EngineContext } from '../escalation/engineContext.js';
import type { VersionedPolicy } from '../policies/versionedPolicy.js';
import type { RecordedEscalation } from './recordedEscalation.js';
import { simulate } from './simulate.js';
import type { SimulationSummary } from './simulation.js';

export interface BacktestOptions {
  config: EscalationConfig;
  ctx: EngineContext;
  /** A person's zone: their rotation's (see personZones). */
  zoneOf?: (accountId: string) => string | undefined;
  defaultTimeZone: (service: string | null) => string;
  horizonMs: number;
}

export interface IncidentBacktest {
  key: string;
  before: SimulationSummary;
  after: SimulationSummary;
  /** What differs, in plain words; empty when the draft would have done the same. */
  changes: string[];
}

/**
 * Replays one recorded escalation twice through the engine, under the version it actually ran
 * and under the candidate, with the same responders' timing, so every difference is the
 * policy's alone (not an artefact of the replay).
 */
export function backtestIncident(rec: RecordedEscalation, baseline: VersionedPolicy, candidate: VersionedPolicy, o: BacktestOptions): IncidentBacktest {
  const run = (policy: VersionedPolicy) => simulate({
    incident: rec.incident, policy, config: o.config, ctx: o.ctx, ackAfterFirstPageMs: rec.ackAfterFirstPageMs,
    acknowledgedBy: rec.acknowledgedBy, resolvedAt: rec.resolvedAt, horizonMs: o.horizonMs,
    defaultTimeZone: o.defaultTimeZone(rec.incident.service), explain: false,
    ...(o.zoneOf ? { zoneOf: o.zoneOf } : {}),
  }).summary;
  const before = run(baseline);
  const after = run(candidate);
  return { key: rec.incident.key, before, after, changes: changesBetween(before, after, rec.incident.createdAt) };
}

const minutesFrom = (created: number, at: number | null) => (at === null ? 'never' : `${Math.round((at - created) / 60_000)} min`);

export function changesBetween(b: SimulationSummary, a: SimulationSummary, created: number): string[] {
  const out: string[] = [];
  if (b.personPages !== a.personPages) out.push(`pages ${b.personPages} → ${a.personPages}`);
  if (b.firstPageAt !== a.firstPageAt) out.push(`first page ${minutesFrom(created, b.firstPageAt)} → ${minutesFrom(created, a.firstPageAt)}`);
  if (b.woken.join() !== a.woken.join()) out.push(b.woken.length === a.woken.length ? `woken: ${a.woken.length} different people` : `woken ${b.woken.length} → ${a.woken.length}`);
  const paths = new Set([...Object.keys(b.levelsReached), ...Object.keys(a.levelsReached)] as PathName[]);
  for (const p of paths) {
    const x = b.levelsReached[p] ?? 0;
    const y = a.levelsReached[p] ?? 0;
    if (x !== y) out.push(`${p} level ${x} → ${y}`);
  }
  if (b.breachedResponse !== a.breachedResponse) out.push(a.breachedResponse ? 'would breach the response SLA' : 'would no longer breach the response SLA');
  return out;
}
