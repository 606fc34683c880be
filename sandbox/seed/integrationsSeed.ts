import type { IntegrationView } from '../../src/contracts/integrationAdmin.js';
import { DEMO_INTEGRATIONS } from './integrationsDemo.js';

/** A resolver call as the demo admin, answering the envelope's data or throwing its refusal. */
export type AdminCall = <T>(functionKey: string, payload: unknown) => Promise<T>;

/**
 * Adds each demo integration that does not exist yet, through the app's own admin resolvers,
 * so it passes the same checks as the admin page. Existing ones (and their secrets) are left
 * alone: a restart neither duplicates them nor changes a secret a sender was given.
 * Returns the ids it created.
 */
export async function seedIntegrations(call: AdminCall): Promise<string[]> {
  const existing = new Set((await call<IntegrationView[]>('listIntegrations', {})).map((v) => v.integration.id));
  const created: string[] = [];
  for (const integration of DEMO_INTEGRATIONS) {
    if (existing.has(integration.id)) continue;
    await call('createIntegration', { integration, reason: 'Sandbox demo integration' });
    created.push(integration.id);
  }
  return created;
}
