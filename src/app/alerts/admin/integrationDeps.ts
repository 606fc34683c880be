import type { Actor } from '../../shared/actor.js';
import { authorizeSiteWideChange } from '../../access/authorize.js';
import type { Deps } from '../../shared/deps.js';

/** The ports the integration admin use cases read and write. */
export type IntegrationDeps = Pick<Deps, 'host' | 'store' | 'clock' | 'alerts' | 'ingest'>;

/**
 * Only policy admins see or change integrations: their URLs and secrets let anyone open
 * incidents and page people. `attempted` names the use case in the access log on refusal.
 */
export async function authorizeIntegrations(deps: IntegrationDeps, actor: Actor, attempted: string): Promise<void> {
  await authorizeSiteWideChange(deps, actor, 'manageIntegrations', attempted);
}
