import { RotateSecretRequestSchema, type RotateSecretRequest, type SecretRotated } from '../../contracts/integrationAdmin.js';
import type { Actor } from '../actor.js';
import { AppError } from '../appError.js';
import { recordAdminChange } from '../recordAdminChange.js';
import { authorizeIntegrations, type IntegrationDeps } from './integrationDeps.js';
import { ingestBase, integrationView } from './integrationView.js';
import { newSecret } from './newSecret.js';

/**
 * Replaces an integration's secret. The new one is returned once. The one it replaces keeps
 * working for `overlapHours`, so senders can be moved over without refused alerts; 0 revokes
 * it at once, for a leaked secret. A secret rotated out earlier stops working now.
 */
export async function rotateIntegrationSecret(deps: IntegrationDeps, actor: Actor, request: RotateSecretRequest): Promise<SecretRotated> {
  await authorizeIntegrations(deps, actor, 'rotateIntegrationSecret');
  const req = RotateSecretRequestSchema.parse(request);
  const integration = await deps.alerts.getIntegration(req.id);
  if (!integration) throw new AppError('NOT_FOUND', `no integration "${req.id}"`);
  const old = await deps.alerts.getSecret(req.id);
  const secret = newSecret();
  const keepOld = old !== null && req.overlapHours > 0;
  const previousValidUntil = keepOld ? new Date(deps.clock.now() + req.overlapHours * 3_600_000).toISOString() : null;
  await deps.alerts.saveSecret(req.id, { current: secret, previous: keepOld ? old.current : null, previousValidUntil });
  await recordAdminChange(deps, actor, 'rotateIntegrationSecret', null, `${req.id} (previous secret valid for ${req.overlapHours} h): ${req.reason}`);
  return { view: await integrationView(deps, integration, await ingestBase(deps)), secret, previousSecretValidUntil: previousValidUntil };
}
