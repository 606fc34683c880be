import type { IncidentRecord } from '../../ports/incidentHost.js';
import type { IncidentQuery } from '../../ports/incidentQuery.js';
import type { Deps } from '../shared/deps.js';
import { dueQuery } from './dueQuery.js';
import { evaluateRecord, type Evaluation } from './evaluateIncident.js';
import { loadSettings } from '../policies/loadSettings.js';

export interface SweepOptions {
  /** Stop and checkpoint when fewer than this many ms remain (the invocation's time left). */
  remainingMs: () => number;
  reserveMs?: number;
}

export interface SweepReport {
  evaluated: number;
  failed: Array<{ key: string; error: string }>;
  resumed: number;
  checkpointed: number;
  searchRequests: number;
}

/**
 * Finds the incidents that can be due and evaluates each. Reads are one search request per
 * hundred due incidents. If time runs short, the keys not yet processed are checkpointed
 * and the next run does them first, so nothing is lost or done twice.
 */
export async function sweep(deps: Deps, opts: SweepOptions): Promise<SweepReport> {
  const report: SweepReport = { evaluated: 0, failed: [], resumed: 0, checkpointed: 0, searchRequests: 0 };
  const settings = await loadSettings(deps.store, deps.coordination);
  const checkpoint = await deps.store.getCheckpoint();
  const reserve = opts.reserveMs ?? 10_000;

  const queue: IncidentRecord[] = [];
  if (checkpoint?.pendingKeys.length) {
    queue.push(...(await readAll(deps, { kind: 'keys', keys: checkpoint.pendingKeys }, report)));
    report.resumed = queue.length;
  }
  const minFactor = Math.min(1, ...Object.values(settings.config.criticalityRules).map((r) => r.thresholdFactor));
  const cutoff = deps.clock.now();
  const seen = new Set(queue.map((r) => r.incident.key));
  // App storage's index and Jira's JQL both answer the due query, so one incident can come back
  // twice: it is evaluated once (a second pass would redo the work on a stale copy).
  for (const r of await readAll(deps, dueQuery(settings.policies.map((p) => p.policy), cutoff, minFactor), report)) {
    if (seen.has(r.incident.key)) continue;
    seen.add(r.incident.key);
    queue.push(r);
  }

  for (let i = 0; i < queue.length; i++) {
    if (opts.remainingMs() < reserve) {
      const pendingKeys = queue.slice(i).map((r) => r.incident.key);
      await deps.store.saveCheckpoint({ cutoffMs: cutoff, pendingKeys, startedAt: cutoff });
      report.checkpointed = pendingKeys.length;
      return report;
    }
    const record = queue[i]!;
    try {
      const e: Evaluation = await evaluateRecord(deps, record, settings);
      if (e.decision) report.evaluated++;
    } catch (err) {
      // One bad incident must not stop the sweep; its state is unchanged, so the next sweep retries it.
      report.failed.push({ key: record.incident.key, error: err instanceof Error ? err.message : String(err) });
    }
  }
  if (checkpoint) await deps.store.saveCheckpoint(null);
  return report;
}

async function readAll(deps: Deps, query: IncidentQuery, report: SweepReport): Promise<IncidentRecord[]> {
  const out: IncidentRecord[] = [];
  let token: string | null = null;
  do {
    const page = await deps.host.search(query, token);
    report.searchRequests++;
    out.push(...page.records);
    // Quarantined: reported, and not carried into a checkpoint, so a record that keeps failing
    // cannot block later sweeps; the others on its page go on.
    for (const u of page.unreadable) {
      if (!report.failed.some((f) => f.key === u.key)) report.failed.push({ key: u.key, error: `quarantined: ${u.error}` });
    }
    token = page.nextPageToken;
  } while (token !== null);
  return out;
}
