import type { IntegrationCreated, SaveIntegrationRequest } from '../../../contracts/integrationAdmin.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { loadSettings } from '../../policies/loadSettings.js';
import { recordAdminChange } from '../../access/recordAdminChange.js';
import { authorizeIntegrations, type IntegrationDeps } from './integrationDeps.js';
import { ingestBase, integrationView } from './integrationView.js';
import { newSecret } from './newSecret.js';
import { parseIntegration } from './parseIntegration.js';

/**
 * Adds an integration with a fresh secret. The secret is returned here once and kept only in
 * the secret store; afterwards it can be replaced (rotated) but never read back.
 */
export async function createIntegration(deps: IntegrationDeps, actor: Actor, req: SaveIntegrationRequest): Promise<IntegrationCreated> {
  await authorizeIntegrations(deps, actor, 'createIntegration');
  const integration = parseIntegration(req.integration, (await loadSettings(deps.store)).config);
  if (await deps.alerts.getIntegration(integration.id)) {
    throw new AppError('CONFLICT', `an integration "${integration.id}" already exists`, [{ field: 'id', message: 'already in use; choose another id' }]);
  }
  const base = await ingestBase(deps);
  const secret = newSecret();
  // Secret first: an integration must never exist, even briefly, without a way to authenticate to it.
  await deps.alerts.saveSecret(integration.id, { current: secret, previous: null, previousValidUntil: null });
  await deps.alerts.saveIntegration(integration);
  await recordAdminChange(deps, actor, 'createIntegration', null, `${integration.id}: ${req.reason}`);
  return { view: await integrationView(deps, integration, base), secret };
}
