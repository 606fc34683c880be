import type { SendTestAlertRequest, TestAlertResult } from '../../../contracts/integrationAdmin.js';
import type { Actor } from '../../shared/actor.js';
import { previewAlert } from '../ingest/previewAlert.js';
import type { Deps } from '../../shared/deps.js';
import { authorizeIntegrations } from './integrationDeps.js';

/**
 * "Send test alert" for admins: checks the caller, then runs the alert pipeline's own preview
 * (src/app/alerts/ingest/previewAlert.ts) on the pasted payload, or on the format's sample when
 * nothing is pasted. Nothing is stored, created or paged. A pasted string is parsed here, so a
 * body that is not JSON gets the answer a sender would get.
 */
export async function sendTestAlert(deps: Deps, actor: Actor, req: SendTestAlertRequest): Promise<TestAlertResult> {
  await authorizeIntegrations(deps, actor, 'sendTestAlert');
  let body: unknown = req.payload ?? null;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      return { httpStatus: 400, reason: 'body: not valid JSON', results: [] };
    }
  }
  const outcome = await previewAlert(deps, req.id, body);
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
