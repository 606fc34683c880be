import { FixedAlertIngestBase } from '../../../../src/adapters/memory/fixedAlertIngestBase.js';
import type { IntegrationInput } from '../../../../src/contracts/integration.js';
import { appHarness } from '../../../support/appHarness.js';

export const INGEST_BASE = 'https://ingest.example.test/x1/alert-ingest';

/** The app harness plus a known webtrigger URL, as the Forge deps give it. */
export async function integrationHarness() {
  const h = await appHarness();
  return { ...h, deps: { ...h.deps, ingest: new FixedAlertIngestBase(INGEST_BASE) } };
}

/** An Alertmanager integration as the admin form submits it, for the Payments service. */
export function anIntegrationInput(overrides: Partial<IntegrationInput> = {}): IntegrationInput {
  return { id: 'prom-prod', name: 'Prometheus prod', format: 'alertmanager', service: 'Payments', projectKey: 'ITOPS', auth: 'bearer', ...overrides };
}
