import type { AlertSettings, Integration } from '../../contracts/integration.js';
import type { EscalationConfig } from '../../contracts/config.js';
import type { FieldError } from '../../domain/shared/fieldError.js';
import { parseAlertSettings } from '../alerts/admin/alertSettingsAdmin.js';
import { newSecret } from '../alerts/admin/newSecret.js';
import { parseIntegration } from '../alerts/admin/parseIntegration.js';
import { AppError } from '../shared/appError.js';
import type { Deps } from '../shared/deps.js';
import { jsonEqual } from './jsonEqual.js';

type AlertingDeps = Pick<Deps, 'alerts'>;

/** What an import would write to the alerting side, once every field has passed. */
export interface AlertingImport {
  integrations: Integration[];
  alertSettings: AlertSettings | null;
}

const prefixed = (prefix: string, errors: readonly FieldError[]) => errors.map((e) => ({ field: e.field ? `${prefix}.${e.field}` : prefix, message: e.message }));

/**
 * Checks the integrations (each as a save would, against the configuration being imported, so a
 * default service the import adds is known) and the maintenance windows and peak hours. Returns
 * every refused field, named `integrations[i].…` / `alertSettings.…`.
 */
export function checkAlertingImport(bundle: { integrations?: unknown[]; alertSettings?: unknown }, config: EscalationConfig):
  { errors: FieldError[]; plan: AlertingImport } {
  const errors: FieldError[] = [];
  const integrations: Integration[] = [];
  const seen = new Set<string>();
  (bundle.integrations ?? []).forEach((input, i) => {
    try {
      const integration = parseIntegration(input, config);
      if (seen.has(integration.id)) errors.push({ field: `integrations[${i}].id`, message: `"${integration.id}" appears twice` });
      seen.add(integration.id);
      integrations.push(integration);
    } catch (e) {
      if (!(e instanceof AppError)) throw e;
      errors.push(...prefixed(`integrations[${i}]`, e.fields.length > 0 ? e.fields : [{ field: '', message: e.message }]));
    }
  });
  let alertSettings: AlertSettings | null = null;
  if (bundle.alertSettings !== undefined) {
    const r = parseAlertSettings(bundle.alertSettings);
    if (r.ok) alertSettings = r.value;
    else errors.push(...prefixed('alertSettings', r.errors));
  }
  return { errors, plan: { integrations, alertSettings } };
}

/**
 * Writes what changed. A new integration gets a fresh secret, written before the integration
 * (as createIntegration does) so it never exists without one; the secret is not returned:
 * the admin rotates it on the Integrations page to read one, and existing secrets never change.
 */
export async function writeAlertingImport(deps: AlertingDeps, plan: AlertingImport):
  Promise<{ integrationsSaved: string[]; integrationsCreated: string[]; alertSettingsSaved: boolean }> {
  const result = { integrationsSaved: [] as string[], integrationsCreated: [] as string[], alertSettingsSaved: false };
  for (const integration of plan.integrations) {
    const before = await deps.alerts.getIntegration(integration.id);
    if (before && jsonEqual(before, integration)) continue;
    if (!before) await deps.alerts.saveSecret(integration.id, { current: newSecret(), previous: null, previousValidUntil: null });
    await deps.alerts.saveIntegration(integration);
    (before ? result.integrationsSaved : result.integrationsCreated).push(integration.id);
  }
  if (plan.alertSettings && !jsonEqual(plan.alertSettings, await deps.alerts.getAlertSettings())) {
    await deps.alerts.saveAlertSettings(plan.alertSettings);
    result.alertSettingsSaved = true;
  }
  return result;
}
