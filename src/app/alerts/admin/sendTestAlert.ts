import type { SendTestAlertRequest, TestAlertResult } from '../../../contracts/integrationAdmin.js';
import { SendTestAlertRequestSchema } from '../../../contracts/integrationAdmin.js';
import { samplePayload } from '../../../domain/alerts/formats/samplePayload.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { ingestAlert } from '../ingest/ingestAlert.js';
import type { IngestOutcome } from '../ingest/ingestResponse.js';
import { previewAlert } from '../ingest/previewAlert.js';
import type { Deps } from '../../shared/deps.js';
import { authorizeIntegrations } from './integrationDeps.js';
import { toolRequest } from './toolRequest.js';

/**
 * "Send test alert" for admins, on the pasted payload or the format's sample. By default a
 * preview: the pipeline's dry run (src/app/alerts/ingest/previewAlert.ts), nothing stored,
 * created or paged. With `asTool`, the alert is sent as the tool would send it: signed with the
 * integration's current secret in the tool's scheme, through the real endpoint with its
 * authentication and rate limit, so it opens (or deduplicates into) a real incident. A disabled
 * integration refuses both, as its endpoint would. A pasted string is parsed here, so a body
 * that is not JSON gets the answer a sender would get.
 */
export async function sendTestAlert(deps: Deps, actor: Actor, request: SendTestAlertRequest): Promise<TestAlertResult> {
  await authorizeIntegrations(deps, actor, 'sendTestAlert');
  const req = SendTestAlertRequestSchema.parse(request);
  const integration = await deps.alerts.getIntegration(req.id);
  if (!integration) throw new AppError('NOT_FOUND', `integrationId: ${req.id} does not exist`);
  if (!integration.enabled) throw new AppError('INVALID', `integration ${req.id} is disabled: enable it to send a test alert`, [{ field: 'id', message: 'the integration is disabled' }]);
  let body: unknown = req.payload ?? null;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return { httpStatus: 400, reason: 'body: not valid JSON', results: [] };
    }
  }
  let outcome: IngestOutcome;
  if (req.asTool) {
    const secret = await deps.alerts.getSecret(integration.id);
    if (!secret) throw new AppError('INVALID', `integration ${req.id} has no secret yet`, [], 'id');
    const now = new Date(deps.clock.now());
    const r = toolRequest(integration, secret.current, body ?? samplePayload(integration.format, integration.service, now), now);
    if (!r) throw new AppError('INVALID', 'SNS signs its messages with AWS\'s key: publish a test message to the topic instead', [{ field: 'asTool', message: 'not possible for signed SNS deliveries' }]);
    outcome = await ingestAlert(deps, r);
  } else {
    outcome = await previewAlert(deps, req.id, body);
  }
  const reason = outcome.body['reason'];
  return {
    httpStatus: outcome.status,
    reason: typeof reason === 'string' ? reason : null,
    results: outcome.results.map((r) => ({
      dedupKey: r.dedupKey, outcome: r.outcome, reason: r.reason, incidentKey: r.incidentKey,
      wouldCreate: r.wouldCreate
        ? { summary: r.wouldCreate.summary, service: r.wouldCreate.service, priority: r.wouldCreate.priority, impact: r.wouldCreate.impact, urgency: r.wouldCreate.urgency }
        : null,
    })),
  };
}
