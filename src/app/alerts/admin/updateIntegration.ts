import type { IntegrationView, SaveIntegrationRequest } from '../../../contracts/integrationAdmin.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { loadSettings } from '../../policies/loadSettings.js';
import { recordAdminChange } from '../../access/recordAdminChange.js';
import { authorizeIntegrations, type IntegrationDeps } from './integrationDeps.js';
import { ingestBase, integrationView } from './integrationView.js';
import { parseIntegration } from './parseIntegration.js';

/** Changes an existing integration's settings; its id and secret stay as they are. */
export async function updateIntegration(deps: IntegrationDeps, actor: Actor, req: SaveIntegrationRequest): Promise<IntegrationView> {
  await authorizeIntegrations(deps, actor, 'updateIntegration');
  const integration = parseIntegration(req.integration, (await loadSettings(deps.store)).config);
  if (!(await deps.alerts.getIntegration(integration.id))) throw new AppError('NOT_FOUND', `no integration "${integration.id}"`);
  await deps.alerts.saveIntegration(integration);
  await recordAdminChange(deps, actor, 'updateIntegration', null, `${integration.id}: ${req.reason}`);
  return integrationView(deps, integration, await ingestBase(deps));
}
