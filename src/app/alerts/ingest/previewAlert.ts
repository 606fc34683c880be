import { samplePayload } from '../../../domain/alerts/formats/samplePayload.js';
import { AppError } from '../../shared/appError.js';
import type { Deps } from '../../shared/deps.js';
import type { IngestOutcome } from './ingestResponse.js';
import type { Pipeline } from './pipeline.js';
import { runAlerts } from './runAlerts.js';

/**
 * The dry run behind "Send test alert": what the integration would do with `body` (or a sample in its format)
 * right now: create, deduplicate, suppress or hold, with the priority and the enriched
 * incident it would open. Reads only; nothing is stored, created or paged. Credentials and the
 * rate limit are skipped, so the caller must have authorised the admin already.
 */
export async function previewAlert(deps: Deps, integrationId: string, body: unknown = null): Promise<IngestOutcome> {
  const ctx = await deps.alerts.loadIngest(integrationId);
  if (!ctx) throw new AppError('NOT_FOUND', `integrationId: ${integrationId} does not exist`);
  const now = new Date(deps.clock.now());
  const p: Pipeline = { deps, integration: ctx.integration, settings: ctx.settings, config: null, now, counter: ctx.counter, dryRun: true };
  return runAlerts(p, body ?? samplePayload(ctx.integration.format, ctx.integration.service, now));
}
