import { randomBytes } from 'node:crypto';
import type { IntegrationSecret } from '../../contracts/integration.js';
import { rotateSecret } from '../../domain/alerts/rotateSecret.js';
import { AppError } from '../appError.js';
import type { Deps } from '../deps.js';

/**
 * Gives the integration a new random secret (256 bits, base64url) and keeps the old one valid
 * for the overlap, so senders can be switched without dropping alerts. Returns the new secret,
 * which the admin sees once. The caller must have authorised the admin already.
 */
export async function rotateIntegrationSecret(deps: Deps, integrationId: string): Promise<{ secret: string; stored: IntegrationSecret }> {
  if (!(await deps.alerts.getIntegration(integrationId))) throw new AppError('NOT_FOUND', `integrationId: ${integrationId} does not exist`);
  const fresh = randomBytes(32).toString('base64url');
  const stored = rotateSecret(await deps.alerts.getSecret(integrationId), fresh, new Date(deps.clock.now()));
  await deps.alerts.saveSecret(integrationId, stored);
  return { secret: fresh, stored };
}
