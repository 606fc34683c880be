import type { FieldErrorDto } from '../../../src/contracts/resolvers.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import type { ExportBundle } from './exportBundle.js';
import { parseImport } from './parseImport.js';
import { planImport, type ImportPlan } from './planImport.js';

export type ImportCheck =
  | { kind: 'invalid'; errors: FieldErrorDto[] }
  | { kind: 'failed'; error: ResolverError }
  | { kind: 'ready'; bundle: ExportBundle; plan: ImportPlan };

/**
 * Everything an import must pass before it is previewed: its shape, then every policy through
 * validatePolicy (errors named "policies[i].…"), then a plan against what is stored. The server
 * checks all of it again, schedules and role mapping included, when the import is applied.
 */
export async function checkImport(text: string): Promise<ImportCheck> {
  const parsed = parseImport(text);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors };
  const { bundle } = parsed;
  const results = await Promise.all(bundle.policies.map((policy) => invokeResolver('validatePolicy', { policy })));
  const errors: FieldErrorDto[] = [];
  for (const [i, r] of results.entries()) {
    if (!r.ok) return { kind: 'failed', error: r.error };
    for (const e of r.data.errors) errors.push({ field: `policies[${i}]${e.field ? `.${e.field}` : ''}`, message: `${bundle.policies[i]?.id}: ${e.message}` });
  }
  if (errors.length > 0) return { kind: 'invalid', errors };
  const [config, policies, schedules, mapping, integrations, alertSettings] = await Promise.all([invokeResolver('getConfig', {}), invokeResolver('listPolicies', {}),
    bundle.schedules ? invokeResolver('listSchedules', {}) : null, bundle.roleMapping ? invokeResolver('getRoleMapping', {}) : null,
    bundle.integrations ? invokeResolver('listIntegrations', {}) : null, bundle.alertSettings ? invokeResolver('getAlertSettings', {}) : null]);
  for (const r of [config, policies, schedules, mapping, integrations, alertSettings]) if (r && !r.ok) return { kind: 'failed', error: r.error };
  if (!config.ok || !policies.ok) return { kind: 'failed', error: { code: 'INTERNAL', message: 'unreachable', fields: [] } };
  const current = {
    config: config.data.config, policies: policies.data,
    ...(schedules?.ok ? { schedules: schedules.data.map((s) => s.schedule) } : {}),
    ...(mapping?.ok ? { roleMapping: mapping.data.mapping } : {}),
    ...(integrations?.ok ? { integrations: integrations.data.map((v) => v.integration) } : {}),
    ...(alertSettings?.ok ? { alertSettings: alertSettings.data } : {}),
  };
  return { kind: 'ready', bundle, plan: planImport(current, bundle) };
}
