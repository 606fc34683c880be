import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { recordAdminChange } from '../../access/recordAdminChange.js';
import { authorizeIntegrations, type IntegrationDeps } from './integrationDeps.js';

/**
 * Removes an integration and its secret, so its URL answers 404 from now on. Incidents it
 * opened stay as they are.
 */
export async function deleteIntegration(deps: IntegrationDeps, actor: Actor, id: string, reason: string): Promise<{ deleted: string }> {
  await authorizeIntegrations(deps, actor, 'deleteIntegration');
  if (!(await deps.alerts.getIntegration(id))) throw new AppError('NOT_FOUND', `no integration "${id}"`);
  await deps.alerts.deleteIntegration(id);
  await recordAdminChange(deps, actor, 'deleteIntegration', null, `${id}: ${reason}`);
  return { deleted: id };
}
