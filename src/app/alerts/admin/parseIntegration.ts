import { AUTH_BY_FORMAT, IntegrationSchema, type Integration } from '../../../contracts/integration.js';
import type { EscalationConfig } from '../../../contracts/config.js';
import { fromZodIssues, type FieldError } from '../../../domain/shared/fieldError.js';
import { AppError } from '../../shared/appError.js';

/** `Prometheus — prod!` → `prometheus-prod`: a readable id when the admin gives none. */
export function idFromName(name: string): string {
  return name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 63).replace(/-+$/, '');
}

/**
 * Checks an integration as submitted, naming every field it refuses. Besides the schema: SNS
 * authentication only makes sense for the SNS format and that format needs it (SNS cannot send
 * custom headers), the scheme must be one the format's tool can send (AUTH_BY_FORMAT), and a
 * default service must be one the configuration knows. Correlation rule ids must be unique (a
 * correlated delivery names the rule that grouped it) and a rule's label keys must not repeat.
 */
export function parseIntegration(input: unknown, config: EscalationConfig): Integration {
  const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {};
  const withId = raw.id === undefined || raw.id === '' ? { ...raw, id: typeof raw.name === 'string' ? idFromName(raw.name) : undefined } : raw;
  const r = IntegrationSchema.safeParse(withId);
  if (!r.success) throw invalid(fromZodIssues(r.error.issues));
  const i = r.data;
  const errors: FieldError[] = [];
  const allowed = AUTH_BY_FORMAT[i.format];
  if (!allowed.includes(i.auth)) {
    const why = i.format === 'cloudwatch-sns' ? 'CloudWatch alarms arrive through SNS, which cannot send headers' : `that is what ${i.format} senders can send`;
    errors.push({ field: 'auth', message: `must be one of ${allowed.join(', ')} (${why})` });
  }
  const known = config.services.map((s) => s.name);
  if (i.service !== null && known.length > 0 && !known.includes(i.service)) {
    errors.push({ field: 'service', message: `must be one of the configured services: ${known.join(', ')}` });
  }
  errors.push(...correlationErrors(i.correlation));
  if (errors.length > 0) throw invalid(errors);
  return i;
}

function correlationErrors(rules: Integration['correlation']): FieldError[] {
  const errors: FieldError[] = [];
  const ids = new Set<string>();
  rules.forEach((r, n) => {
    if (ids.has(r.id)) errors.push({ field: `correlation[${n}].id`, message: `"${r.id}" is used by an earlier rule` });
    ids.add(r.id);
    if (r.kind !== 'same-labels') return;
    const keys = new Set<string>();
    r.keys.forEach((k, j) => {
      if (keys.has(k)) errors.push({ field: `correlation[${n}].keys[${j}]`, message: `"${k}" is listed twice` });
      keys.add(k);
    });
  });
  return errors;
}

function invalid(fields: FieldError[]): AppError {
  return new AppError('INVALID', `integration: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
}
