import { SyntheticCheckSchema, type SaveSyntheticCheckRequest, type SyntheticCheck, type SyntheticView } from '../../../../contracts/synthetic.js';
import { nextSyntheticRun } from '../../../../domain/alerts/synthetic/nextSyntheticRun.js';
import { fromZodIssues } from '../../../../domain/shared/fieldError.js';
import type { SyntheticStore } from '../../../../ports/syntheticStore.js';
import { recordAdminChange } from '../../../access/recordAdminChange.js';
import type { Actor } from '../../../shared/actor.js';
import { AppError } from '../../../shared/appError.js';
import type { Deps } from '../../../shared/deps.js';
import { authorizeIntegrations } from '../../admin/integrationDeps.js';
import { idFromName } from '../../admin/parseIntegration.js';
import { startSyntheticRun } from '../startSyntheticRun.js';

/** Runs shown per check: enough for a trend at a glance. */
const RUNS_SHOWN = 10;

/*
 * Synthetic checks are managed by whoever manages integrations (policy admins): each run sends
 * an alert with an integration's secret and pages a real person as a drill.
 */

export async function listSyntheticChecks(deps: Deps, actor: Actor): Promise<SyntheticView[]> {
  await authorizeIntegrations(deps, actor, 'listSyntheticChecks');
  const store = synthetics(deps);
  const [checks, integrations] = await Promise.all([store.listChecks(), deps.alerts.listIntegrations()]);
  return Promise.all(checks.map((c) => viewOf(deps, store, c, integrations.find((i) => i.id === c.integrationId)?.name ?? null)));
}

/** Creates or changes a check, naming every field it refuses; a new check's first run is at the next sweep. */
export async function saveSyntheticCheck(deps: Deps, actor: Actor, req: SaveSyntheticCheckRequest): Promise<SyntheticView> {
  await authorizeIntegrations(deps, actor, 'saveSyntheticCheck');
  const store = synthetics(deps);
  const raw = typeof req.check === 'object' && req.check !== null ? (req.check as Record<string, unknown>) : {};
  const withId = raw.id === undefined || raw.id === '' ? { ...raw, id: typeof raw.name === 'string' ? idFromName(raw.name) : undefined } : raw;
  const parsed = SyntheticCheckSchema.safeParse(withId);
  if (!parsed.success) throw invalid(fromZodIssues(parsed.error.issues));
  const check = parsed.data;
  const integrations = await deps.alerts.listIntegrations();
  const integration = integrations.find((i) => i.id === check.integrationId);
  if (!integration) throw invalid([{ field: 'integrationId', message: integrations.length ? `must be one of the integrations: ${integrations.map((i) => i.id).join(', ')}` : 'create an integration first' }]);
  if (integration.format === 'cloudwatch-sns' && !integration.snsRawDelivery) {
    throw invalid([{ field: 'integrationId', message: 'signed SNS deliveries can only come from AWS: choose an integration the app can send as its tool' }]);
  }
  await store.saveCheck(check);
  await recordAdminChange(deps, actor, 'saveSyntheticCheck', null, `${check.id}: ${req.reason}`);
  return viewOf(deps, store, check, integration.name);
}

export async function deleteSyntheticCheck(deps: Deps, actor: Actor, id: string, reason: string): Promise<{ deleted: string }> {
  await authorizeIntegrations(deps, actor, 'deleteSyntheticCheck');
  const store = synthetics(deps);
  if (!(await store.getCheck(id))) throw new AppError('NOT_FOUND', `no synthetic check "${id}"`);
  await store.deleteCheck(id);
  await recordAdminChange(deps, actor, 'deleteSyntheticCheck', null, `${id}: ${reason}`);
  return { deleted: id };
}

/** "Run now": one run at once, whatever the schedule; the schedule then counts from it. */
export async function runSyntheticCheck(deps: Deps, actor: Actor, id: string): Promise<SyntheticView> {
  await authorizeIntegrations(deps, actor, 'runSyntheticCheck');
  const store = synthetics(deps);
  const check = await store.getCheck(id);
  if (!check) throw new AppError('NOT_FOUND', `no synthetic check "${id}"`);
  await startSyntheticRun(deps, check);
  await recordAdminChange(deps, actor, 'runSyntheticCheck', null, id);
  return viewOf(deps, store, check, (await deps.alerts.getIntegration(check.integrationId))?.name ?? null);
}

function synthetics(deps: Deps): SyntheticStore {
  if (!deps.synthetics) throw new AppError('INVALID', 'synthetic checks are not available in this installation');
  return deps.synthetics;
}

async function viewOf(deps: Deps, store: SyntheticStore, check: SyntheticCheck, integrationName: string | null): Promise<SyntheticView> {
  const runs = await store.listRuns(check.id, RUNS_SHOWN);
  const next = nextSyntheticRun(check, runs[0] ? new Date(runs[0].startedAt) : null, new Date(deps.clock.now()));
  return { check, integrationName, runs, nextRunAt: next?.toISOString() ?? null };
}

function invalid(fields: { field: string; message: string }[]): AppError {
  return new AppError('INVALID', `synthetic check: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
}
