import { nextSyntheticRun } from '../../../domain/alerts/synthetic/nextSyntheticRun.js';
import type { Deps } from '../../shared/deps.js';
import { finishSyntheticRun } from './finishSyntheticRun.js';
import { startSyntheticRun } from './startSyntheticRun.js';

export interface SyntheticSweep {
  started: string[];
  finished: string[];
  failed: Array<{ id: string; error: string }>;
}

/**
 * From the five-minute sweep: starts every enabled check that is due, and gives the verdict on
 * runs whose bound passed without their timer (the safety net). Starting is claimed per check
 * and previous run, so two sweeps running together start one run. One check failing never stops
 * the others.
 */
export async function runDueSynthetics(deps: Deps): Promise<SyntheticSweep> {
  const out: SyntheticSweep = { started: [], finished: [], failed: [] };
  const store = deps.synthetics;
  if (!store) return out;
  const now = deps.clock.now();
  for (const check of await store.listChecks()) {
    try {
      const runs = await store.listRuns(check.id, 5);
      for (const r of runs) {
        if (r.status === 'running' && Date.parse(r.boundAt) <= now && (await finishSyntheticRun(deps, r.id))?.status !== 'running') out.finished.push(r.id);
      }
      const last = runs[0] ?? null;
      const next = nextSyntheticRun(check, last ? new Date(last.startedAt) : null, new Date(now));
      if (next === null || next.getTime() > now) continue;
      if (!(await deps.store.useOnce(`synthetic-start:${check.id}:${last?.id ?? 'first'}`, check.intervalMinutes * 60))) continue;
      out.started.push((await startSyntheticRun(deps, check)).id);
    } catch (e) {
      out.failed.push({ id: check.id, error: e instanceof Error ? e.message : String(e) });
    }
  }
  return out;
}
