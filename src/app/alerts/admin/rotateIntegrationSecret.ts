import { RotateSecretRequestSchema, type RotateSecretRequest, type SecretRotated } from '../../../contracts/integrationAdmin.js';
import { rotateSecret } from '../../../domain/alerts/auth/rotateSecret.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { recordAdminChange } from '../../access/recordAdminChange.js';
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
  const secret = newSecret();
  // The domain's rotation rule (at most two secrets, the old one until the overlap ends), with the admin's overlap.
  const stored = rotateSecret(await deps.alerts.getSecret(req.id), secret, new Date(deps.clock.now()), req.overlapHours * 3_600_000);
  await deps.alerts.saveSecret(req.id, stored);
  const previousValidUntil = req.overlapHours > 0 ? stored.previousValidUntil : null;
  await recordAdminChange(deps, actor, 'rotateIntegrationSecret', null, `${req.id} (previous secret valid for ${req.overlapHours} h): ${req.reason}`);
  return { view: await integrationView(deps, integration, await ingestBase(deps)), secret, previousSecretValidUntil: previousValidUntil };
}
