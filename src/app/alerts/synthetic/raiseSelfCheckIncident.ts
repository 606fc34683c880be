import { SELF_CHECK_LABEL, type SyntheticCheck, type SyntheticRun } from '../../../contracts/synthetic.js';
import { matrixCellFor } from '../../../domain/drills/matrixCellFor.js';
import { loadSettings } from '../../policies/loadSettings.js';
import type { Deps } from '../../shared/deps.js';

/** Long enough that no retry of the same run's verdict can raise a second incident. */
const CLAIM_TTL_SECONDS = 7 * 24 * 3600;

/**
 * A synthetic check found that an alert would not page anyone in time: a real incident (not a
 * drill) about the escalation system itself, at P2, in the integration's project (or the first
 * policy's), escalated by the normal policy. One per run, however often the verdict is reached.
 * Returns its key, or null where there is no project to open it in or another run raised it.
 */
export async function raiseSelfCheckIncident(deps: Deps, check: SyntheticCheck, run: SyntheticRun, projectKey: string | null): Promise<string | null> {
  const settings = await loadSettings(deps.store, deps.coordination);
  const project = projectKey ?? settings.policies.find((p) => p.policy.enabled)?.policy.scope.projects[0] ?? null;
  if (!project) {
    console.error(`synthetic check ${check.id} failed and no project is known to raise an incident in: ${run.reason ?? ''}`);
    return null;
  }
  const claim = `synthetic-fail:${run.id}`;
  if (!(await deps.store.useOnce(claim, CLAIM_TTL_SECONDS))) return null;
  const cell = matrixCellFor(settings.config.matrix, 'P2');
  const table = run.hops.map((h) => `- ${h.hop}: ${h.at === null ? 'did not happen' : `after ${h.latencyMs} ms`} (${h.detail})`);
  let key: string;
  try {
    key = await deps.host.createIncident({
      projectKey: project, requestType: null,
      summary: `Escalation self-check failed: "${check.name}" produced no page within ${check.boundMinutes} min`,
      description: [
        `The synthetic check "${check.name}" sent a test alert through integration ${check.integrationId} at ${run.startedAt}; no page went out by ${run.boundAt}.`,
        `Why: ${run.reason ?? 'no page was sent'}.`, '', 'Hops:', ...table, '',
        'Until this is fixed, real alerts through this integration may not reach anyone. The drill incident it opened (if any) was ended.',
      ].join('\n'),
      service: null, labels: [SELF_CHECK_LABEL], impact: cell?.impact ?? null, urgency: cell?.urgency ?? null, priority: 'P2',
    });
  } catch (e) {
    await deps.store.forgetUse(claim).catch(() => undefined);
    throw e;
  }
  try {
    await deps.queue.scheduleEvaluation(key, 0, deps.clock.now());
  } catch (e) {
    // The incident exists; the next sweep escalates it.
    console.error(`synthetic check ${check.id}: first evaluation of ${key} could not be queued`, e);
  }
  return key;
}
