import { pathNames } from '../../contracts/common.js';
import type { EscalationConfig } from '../../contracts/config.js';
import { PolicySchema, type Policy } from '../../contracts/policy.js';
import { fromZodIssues, type FieldError, type Validated } from '../shared/fieldError.js';
import { validateLevels } from './validateLevels.js';
import { validateTriggers } from './validateTriggers.js';

/**
 * Parses and checks a policy. Every error names its field so the admin UI can show it beside
 * the input. Nothing here touches storage: saving is a use case.
 */
export function validatePolicy(input: unknown, config: EscalationConfig, teamIds: ReadonlySet<string> = new Set()): Validated<Policy> {
  const parsed = PolicySchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: fromZodIssues(parsed.error.issues) };
  const policy = parsed.data;
  const errors: FieldError[] = [];
  if (policy.triggers.length === 0) {
    errors.push({ field: 'triggers', message: 'add at least one trigger (a manual trigger for manual-only policies)' });
  }
  errors.push(...validateTriggers(policy.triggers, 'triggers', config.slaMetrics, config.calendars));
  for (const name of pathNames) errors.push(...validateLevels(policy.paths[name], `paths.${name}`, teamIds));

  const reachable = new Set([policy.defaultPath, ...policy.pathRules.map((r) => r.path)]);
  for (const name of reachable) {
    if (policy.paths[name].levels.length === 0) {
      errors.push({ field: `paths.${name}.levels`, message: `incidents can be sent to the ${name} path, but it has no levels` });
    }
  }
  const catchAll = policy.pathRules.findIndex((r) => Object.values(r.when).every((v) => v === undefined));
  if (catchAll >= 0 && catchAll < policy.pathRules.length - 1) {
    errors.push({ field: `pathRules[${catchAll + 1}]`, message: `unreachable: rule ${catchAll + 1} matches every incident first` });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: policy };
}
