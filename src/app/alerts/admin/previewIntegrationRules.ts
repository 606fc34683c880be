import type { IntegrationRulesPreview, PreviewIntegrationRulesRequest } from '../../../contracts/integrationAdmin.js';
import { PreviewIntegrationRulesRequestSchema } from '../../../contracts/integrationAdmin.js';
import { previewCorrelation, previewSustain, sampleAlerts } from '../../../domain/alerts/preview/rulesPreview.js';
import type { Actor } from '../../shared/actor.js';
import { loadSettings } from '../../policies/loadSettings.js';
import { authorizeIntegrations, type IntegrationDeps } from './integrationDeps.js';
import { parseIntegration } from './parseIntegration.js';

/**
 * The preview beside the correlation and sustain settings: the draft is checked exactly as a
 * save would check it (so its field errors show before saving), then its rules are run over
 * sample alerts on the integration's service and another configured one. Reads only.
 */
export async function previewIntegrationRules(deps: IntegrationDeps, actor: Actor, request: PreviewIntegrationRulesRequest): Promise<IntegrationRulesPreview> {
  await authorizeIntegrations(deps, actor, 'previewIntegrationRules');
  const req = PreviewIntegrationRulesRequestSchema.parse(request);
  const { config } = await loadSettings(deps.store);
  const integration = parseIntegration(req.integration, config);
  const names = config.services.map((s) => s.name);
  const service = integration.service ?? names[0] ?? 'checkout';
  const other = names.find((n) => n !== service) ?? 'billing';
  const start = new Date(deps.clock.now());
  return {
    correlation: previewCorrelation(sampleAlerts(service, other), integration.correlation, start),
    sustain: previewSustain(integration.sustain, req.repeatEveryMinutes, start),
  };
}
