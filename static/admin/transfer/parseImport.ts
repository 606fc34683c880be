import { EscalationConfigSchema } from '../../../src/contracts/config.js';
import type { Policy } from '../../../src/contracts/policy.js';
import type { FieldErrorDto } from '../../../src/contracts/resolvers.js';
import { toFieldPath } from '../../shared/fieldPath.js';
import { EXPORT_FORMAT, type ExportBundle } from './exportBundle.js';

export type ParsedImport = { ok: true; bundle: ExportBundle } | { ok: false; errors: FieldErrorDto[] };

/**
 * Checks an import's shape before anything is sent: it must be JSON in our export format, its
 * config must pass the contract's schema, and policy ids must be unique. Each policy's own
 * rules are checked afterwards by the validatePolicy resolver, the same check savePolicy runs.
 */
export function parseImport(text: string): ParsedImport {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    return fail('', `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (!raw || typeof raw !== 'object') return fail('', 'must be a JSON object');
  const doc = raw as Record<string, unknown>;
  if (doc.format !== EXPORT_FORMAT) return fail('format', `must be "${EXPORT_FORMAT}" (export a configuration to see the format)`);
  if (doc.formatVersion !== 1) return fail('formatVersion', 'must be 1');
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
  if (errors.length > 0 || !config.success) return { ok: false, errors };
  return {
    ok: true,
    bundle: { format: EXPORT_FORMAT, formatVersion: 1, exportedAt: String(doc.exportedAt ?? ''), config: config.data, policies },
  };
}

function fail(field: string, message: string): ParsedImport {
  return { ok: false, errors: [{ field, message }] };
}
