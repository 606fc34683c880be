import type { IntegrationInput } from '../../../src/contracts/integration.js';

/** What the form edits: the integration as submitted, before the server fills in defaults. */
export type IntegrationDraft = IntegrationInput;

/** A blank Alertmanager integration on ITOPS; the id is derived from the name when left empty. */
export function newIntegration(): IntegrationDraft {
  return { id: '', name: '', format: 'alertmanager', auth: 'bearer', projectKey: 'ITOPS', service: null, serviceLabel: null, enabled: true };
}
