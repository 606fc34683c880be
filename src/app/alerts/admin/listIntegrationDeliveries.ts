import type { DeliveryRecord } from '../../../contracts/integration.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { authorizeIntegrations, type IntegrationDeps } from './integrationDeps.js';

/** What happened to the integration's recent requests, newest first, with the reason for each. */
export async function listIntegrationDeliveries(deps: IntegrationDeps, actor: Actor, id: string, limit: number): Promise<DeliveryRecord[]> {
  await authorizeIntegrations(deps, actor, 'listIntegrationDeliveries');
  if (!(await deps.alerts.getIntegration(id))) throw new AppError('NOT_FOUND', `no integration "${id}"`);
  return deps.alerts.listDeliveries(id, limit);
}
