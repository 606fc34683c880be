import { HeartbeatSchema, type Heartbeat } from '../../../../contracts/heartbeat.js';
import type { EscalationConfig } from '../../../../contracts/config.js';
import { fromZodIssues, type FieldError } from '../../../../domain/shared/fieldError.js';
import { AppError } from '../../../shared/appError.js';
import { idFromName } from '../../admin/parseIntegration.js';

/**
 * Checks a heartbeat as submitted, naming every field it refuses: the schema, then that its
 * integration exists (the miss goes through that integration's pipeline) and that a service it
 * names is one the configuration knows. An id left empty is derived from the name.
 */
export function parseHeartbeat(input: unknown, integrationIds: readonly string[], config: EscalationConfig): Heartbeat {
  const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const withId = raw.id === undefined || raw.id === '' ? { ...raw, id: typeof raw.name === 'string' ? idFromName(raw.name) : undefined } : raw;
  const r = HeartbeatSchema.safeParse(withId);
  if (!r.success) throw invalid(fromZodIssues(r.error.issues));
  const h = r.data;
  const errors: FieldError[] = [];
  if (!integrationIds.includes(h.integrationId)) {
    errors.push({ field: 'integrationId', message: integrationIds.length ? `must be one of the integrations: ${integrationIds.join(', ')}` : 'create an integration first: a missed heartbeat goes through its pipeline' });
  }
  const known = config.services.map((s) => s.name);
  if (h.service !== null && known.length > 0 && !known.includes(h.service)) {
    errors.push({ field: 'service', message: `must be one of the configured services: ${known.join(', ')}` });
  }
  if (errors.length > 0) throw invalid(errors);
  return h;
}

function invalid(fields: FieldError[]): AppError {
  return new AppError('INVALID', `heartbeat: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
}
