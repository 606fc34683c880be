import { EscalationConfigSchema } from '../../../src/contracts/config.js';
import type { Policy } from '../../../src/contracts/policy.js';
import type { FieldErrorDto } from '../../../src/contracts/resolvers.js';
import { toFieldPath } from '../../shared/fieldPath.js';
import type { ScheduleDto } from '../../../src/contracts/oncall.js';
import type { RoleMappingView } from '../../../src/contracts/access.js';
import type { AlertSettings, Integration } from '../../../src/contracts/integration.js';
import { readBundleText } from './bundleText.js';
import { EXPORT_FORMAT, type ExportBundle } from './exportBundle.js';

export type ParsedImport = { ok: true; bundle: ExportBundle } | { ok: false; errors: FieldErrorDto[] };

/**
 * Checks an import's shape before anything is sent: it must be JSON or YAML in our export format, its
 * config must pass the contract's schema, and policy ids must be unique. Each policy's own
 * rules are checked afterwards by the validatePolicy resolver, the same check savePolicy runs.
 */
export function parseImport(text: string): ParsedImport {
  const read = readBundleText(text);
  if (!read.ok) return fail('', read.message);
  const raw = read.value;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return fail('', 'must be an object (a JSON or YAML mapping)');
  const doc = raw as Record<string, unknown>;
  if (doc.format !== EXPORT_FORMAT) return fail('format', `must be "${EXPORT_FORMAT}" (export a configuration to see the format)`);
  if (doc.formatVersion !== 1 && doc.formatVersion !== 2) return fail('formatVersion', 'must be 1 or 2');
  const config = EscalationConfigSchema.safeParse(doc.config);
  const errors: FieldErrorDto[] = config.success
    ? []
    : config.error.issues.map((i) => ({ field: toFieldPath(['config', ...i.path]), message: i.message }));
  if (!Array.isArray(doc.policies)) errors.push({ field: 'policies', message: 'must be a list of policies' });
  const policies = Array.isArray(doc.policies) ? (doc.policies as Policy[]) : [];
  const seen = new Set<string>();
  policies.forEach((p, i) => {
    const id = p && typeof p === 'object' ? p.id : undefined;
    if (typeof id !== 'string' || id === '') errors.push({ field: `policies[${i}].id`, message: 'every policy needs an id' });
    else if (seen.has(id)) errors.push({ field: `policies[${i}].id`, message: `"${id}" appears twice` });
    else seen.add(id);
  });
  if (doc.schedules !== undefined && !Array.isArray(doc.schedules)) errors.push({ field: 'schedules', message: 'must be a list of schedules' });
  if (doc.roleMapping !== undefined && (typeof doc.roleMapping !== 'object' || doc.roleMapping === null)) errors.push({ field: 'roleMapping', message: 'must be a mapping of roles' });
  if (doc.integrations !== undefined && !Array.isArray(doc.integrations)) errors.push({ field: 'integrations', message: 'must be a list of integrations' });
  if (doc.alertSettings !== undefined && (typeof doc.alertSettings !== 'object' || doc.alertSettings === null)) errors.push({ field: 'alertSettings', message: 'must be a mapping with maintenanceWindows and peakHours' });
  if (errors.length > 0 || !config.success) return { ok: false, errors };
  return {
    ok: true,
    // Schedules, the role mapping, integrations and alert settings are checked by the server, which names their fields.
    bundle: { format: EXPORT_FORMAT, formatVersion: doc.formatVersion, exportedAt: String(doc.exportedAt ?? ''), config: config.data, policies,
      ...(Array.isArray(doc.schedules) ? { schedules: doc.schedules as ScheduleDto[] } : {}),
      ...(doc.roleMapping ? { roleMapping: doc.roleMapping as RoleMappingView['mapping'] } : {}),
      ...(Array.isArray(doc.integrations) ? { integrations: doc.integrations as Integration[] } : {}),
      ...(doc.alertSettings ? { alertSettings: doc.alertSettings as AlertSettings } : {}) },
  };
}

function fail(field: string, message: string): ParsedImport {
  return { ok: false, errors: [{ field, message }] };
}
