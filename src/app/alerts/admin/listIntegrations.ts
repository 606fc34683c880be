import type { IntegrationView } from '../../../contracts/integrationAdmin.js';
import type { Actor } from '../../shared/actor.js';
import { authorizeIntegrations, type IntegrationDeps } from './integrationDeps.js';
import { ingestBase, integrationView } from './integrationView.js';

/** Every integration with the URL its sender posts to and how it authenticates, by name. */
export async function listIntegrations(deps: IntegrationDeps, actor: Actor): Promise<IntegrationView[]> {
  await authorizeIntegrations(deps, actor, 'listIntegrations');
  const [integrations, base] = await Promise.all([deps.alerts.listIntegrations(), ingestBase(deps)]);
  return Promise.all(integrations.map((i) => integrationView(deps, i, base)));
}
