import type { Integration } from '../../../contracts/integration.js';
import type { IntegrationView } from '../../../contracts/integrationAdmin.js';
import { samplePayload } from '../../../domain/alerts/formats/samplePayload.js';
import { authInstructions } from './authInstructions.js';
import { ingestUrlFor } from './ingestUrlFor.js';
import type { IntegrationDeps } from './integrationDeps.js';

/**
 * The webtrigger's URL, or null where the app cannot tell it: tools without a Forge runtime, or
 * a platform that refuses the URL. Admins then see the integration without a URL rather than
 * not at all, because the integration itself (and its secret) is still theirs to manage.
 */
export async function ingestBase(deps: Pick<IntegrationDeps, 'ingest'>): Promise<string | null> {
  if (!deps.ingest) return null;
  try {
    return await deps.ingest.alertIngestUrl();
  } catch (e) {
    console.warn('alert-ingest webtrigger URL unavailable', e);
    return null;
  }
}

/** What admins see of one integration: never the secret, only when a rotated-out one expires. */
export async function integrationView(deps: Pick<IntegrationDeps, 'alerts' | 'clock'>, integration: Integration, base: string | null): Promise<IntegrationView> {
  const url = base === null ? null : ingestUrlFor(base, integration.id);
  const secret = await deps.alerts.getSecret(integration.id);
  const until = secret?.previousValidUntil ?? null;
  // A rotated-out secret past its overlap no longer works, so there is nothing to warn about.
  const stillValid = until !== null && Date.parse(until) > deps.clock.now();
  return {
    integration, url, auth: authInstructions(integration, url), previousSecretValidUntil: stillValid ? until : null,
    samplePayload: samplePayload(integration.format, integration.service, new Date(deps.clock.now())),
  };
}
