import { AlertSettingsSchema, type AlertSettings } from '../../../contracts/integration.js';
import { fromZodIssues, type FieldError, type Validated } from '../../../domain/shared/fieldError.js';
import type { Actor } from '../../shared/actor.js';
import { AppError } from '../../shared/appError.js';
import { recordAdminChange } from '../../access/recordAdminChange.js';
import { authorizeIntegrations, type IntegrationDeps } from './integrationDeps.js';

/** Maintenance windows and peak-hours rules, as the ingestion pipeline reads them. */
export async function getAlertSettings(deps: IntegrationDeps, actor: Actor): Promise<AlertSettings> {
  await authorizeIntegrations(deps, actor, 'getAlertSettings');
  return deps.alerts.getAlertSettings();
}

/**
 * Replaces the maintenance windows and peak-hours rules. Ids must be unique in each list,
 * because a suppressed delivery names the rule that suppressed it by id.
 */
export async function saveAlertSettings(deps: IntegrationDeps, actor: Actor, input: unknown, reason: string): Promise<AlertSettings> {
  await authorizeIntegrations(deps, actor, 'saveAlertSettings');
  const r = parseAlertSettings(input);
  if (!r.ok) throw invalid(r.errors);
  await deps.alerts.saveAlertSettings(r.value);
  await recordAdminChange(deps, actor, 'saveAlertSettings', null, reason);
  return r.value;
}

/** The checks a save runs, shared with the configuration import (which prefixes the fields). */
export function parseAlertSettings(input: unknown): Validated<AlertSettings> {
  const r = AlertSettingsSchema.safeParse(input);
  if (!r.success) return { ok: false, errors: fromZodIssues(r.error.issues) };
  const errors = [...duplicateIds('maintenanceWindows', r.data.maintenanceWindows), ...duplicateIds('peakHours', r.data.peakHours)];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: r.data };
}

function duplicateIds(list: string, items: ReadonlyArray<{ id: string }>): FieldError[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    if (!seen.has(item.id)) { seen.add(item.id); return []; }
    return [{ field: `${list}[${i}].id`, message: `"${item.id}" is used by an earlier entry` }];
  });
}

function invalid(fields: FieldError[]): AppError {
  return new AppError('INVALID', `alert settings: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, fields);
}
