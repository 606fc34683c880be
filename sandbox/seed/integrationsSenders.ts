import type { AuthKind, SourceFormatName } from '../../src/contracts/integration.js';
import type { IntegrationView } from '../../src/contracts/integrationAdmin.js';
import type { AdminCall } from './integrationsSeed.js';

/** What a test or a script needs to send alerts to one integration. */
export interface IntegrationSender {
  id: string;
  name: string;
  source: SourceFormatName;
  /** The real webtrigger URL with `?integration=<id>`. */
  url: string | null;
  /** How the sender authenticates (the integration's scheme). */
  auth: AuthKind;
  /** The secret a sender uses in that scheme (token, password, HMAC key, routing key): the integration's current secret. */
  token: string | null;
}

/**
 * Every integration as `GET /__sandbox/integrations` lists it. The secret is read from the
 * platform's secret store (which the sandbox is), never through the app, which shows it once.
 * It is re-read on every call, so a rotation in the admin page shows here at once.
 */
export async function integrationSenders(call: AdminCall, currentSecret: (integrationId: string) => string | null): Promise<IntegrationSender[]> {
  const views = await call<IntegrationView[]>('listIntegrations', {});
  return views.map((v) => ({ id: v.integration.id, name: v.integration.name, source: v.integration.format, auth: v.integration.auth, url: v.url, token: currentSecret(v.integration.id) }));
}
