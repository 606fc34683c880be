import type { ImportConfigurationResult } from '../../../src/contracts/configTransfer.js';
import { invokeResolver, type ResolverError } from '../../shared/api.js';
import type { ExportBundle } from './exportBundle.js';
import type { ImportPlan } from './planImport.js';

/**
 * Applies a checked import in one server call, all or nothing: the server checks every section
 * again and writes only when nothing is refused, against the policy versions the preview showed.
 */
export async function applyImport(bundle: ExportBundle, plan: ImportPlan, deleteMissing: boolean, reason: string):
  Promise<{ ok: true; result: ImportConfigurationResult } | { ok: false; error: ResolverError }> {
  const { format, formatVersion, exportedAt, config, policies, schedules, roleMapping, integrations, alertSettings } = bundle;
  const sent = { format, formatVersion, exportedAt, config, policies, ...(schedules ? { schedules } : {}), ...(roleMapping ? { roleMapping } : {}),
    ...(integrations ? { integrations } : {}), ...(alertSettings ? { alertSettings } : {}) };
  const r = await invokeResolver('importConfiguration', { bundle: sent, expectedVersions: plan.expectedVersions, deleteMissing, reason });
  return r.ok ? { ok: true, result: r.data } : { ok: false, error: r.error };
}
