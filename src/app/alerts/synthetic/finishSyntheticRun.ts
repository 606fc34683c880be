import type { SyntheticRun } from '../../../contracts/synthetic.js';
import { pagedWithin } from '../../../domain/alerts/synthetic/syntheticHops.js';
import { runningDrill } from '../../drills/drill/drillPages.js';
import { endDrill } from '../../drills/drill/endDrill.js';
import type { Deps } from '../../shared/deps.js';
import { raiseSelfCheckIncident } from './raiseSelfCheckIncident.js';

/**
 * The verdict on a run: passed when its drill's first page went out by the bound, failed (and a
 * real incident raised) otherwise. `early`: called as the run starts or before the bound; a run
 * whose escalation started but has not paged yet stays running until the bound. A run that has
 * a verdict ends its drill (stood down, resolved as a drill) and frees the alert's dedup record.
 * Returns the run as stored now; null when there is no such run.
 */
export async function finishSyntheticRun(deps: Deps, runId: string, opts: { early?: boolean } = {}): Promise<SyntheticRun | null> {
  const store = deps.synthetics;
  const run = store ? await store.getRun(runId) : null;
  if (!store || !run || run.status !== 'running') return run;
  const now = deps.clock.now();
  const drill = run.incidentKey ? await deps.drills?.getDrill(run.incidentKey) : null;
  const page = drill?.pages.filter((p) => p.outcome === 'sent').sort((a, b) => a.at.localeCompare(b.at))[0] ?? null;
  const failedPage = drill?.pages.find((p) => p.outcome === 'failed') ?? null;
  const hops = run.hops.map((h) => (h.hop !== 'paged' ? h : page
    ? { ...h, at: page.at, latencyMs: Math.max(0, Date.parse(page.at) - Date.parse(run.startedAt)), detail: `${page.path} level ${page.level}: ${page.accountIds.length + page.groups.length} target(s)` }
    : { ...h, detail: failedPage ? `page failed: ${failedPage.note ?? 'no reason given'}` : h.detail }));
  const boundAt = new Date(run.boundAt);
  const escalated = run.hops.find((h) => h.hop === 'escalated')?.at != null;
  if (!pagedWithin(hops, boundAt) && opts.early && escalated && now < boundAt.getTime()) {
    const updated = { ...run, hops };
    await store.saveRun(updated);
    return updated;
  }
  const passed = pagedWithin(hops, boundAt);
  const check = await store.getCheck(run.checkId);
  const firstMissing = hops.find((h) => h.at === null);
  let done: SyntheticRun = {
    ...run, hops, status: passed ? 'passed' : 'failed', finishedAt: new Date(now).toISOString(),
    reason: passed ? null : firstMissing ? `${firstMissing.hop}: ${firstMissing.detail}` : `first page after the ${check?.boundMinutes ?? '?'}-minute bound`,
  };
  // Saved with its verdict first, so a second timer or the sweep finds nothing left to do.
  await store.saveRun(done);
  if (run.incidentKey) {
    const d = await runningDrill(deps, run.incidentKey);
    if (d) await endDrill(deps, d, 'stopped', now, `synthetic:${run.checkId}`, (await deps.host.getIncident(run.incidentKey))?.state ?? null);
    await deps.alerts.closeIncident(run.incidentKey);
  }
  if (!passed && check) {
    const integration = await deps.alerts.getIntegration(check.integrationId);
    const key = await raiseSelfCheckIncident(deps, check, done, integration?.projectKey ?? null);
    if (key) {
      done = { ...done, failureIncidentKey: key };
      await store.saveRun(done);
    }
  }
  return done;
}
