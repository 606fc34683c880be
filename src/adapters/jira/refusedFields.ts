import { IncidentFieldsRefused, type RefusableField } from '../../ports/incidentFieldsRefused.js';
import type { FieldIds } from './fieldIds.js';
import { JiraHttpError } from './jiraFetch.js';

/**
 * Reads Jira's 400 answer to a create (`{errorMessages, errors: {field: message}}`) and, when
 * every error names a field the incident can do without, returns them as IncidentFieldsRefused.
 * Anything else (an error about the project, summary or issue type, or a general message) is
 * not a field to drop, and null is returned so the caller rethrows it as it was.
 */
export function refusedFields(e: unknown, ids: FieldIds): IncidentFieldsRefused | null {
  if (!(e instanceof JiraHttpError) || e.status !== 400) return null;
  let body: { errorMessages?: unknown; errors?: unknown };
  try {
    body = JSON.parse(e.body) as typeof body;
  } catch {
    return null;
  }
  const errors = typeof body.errors === 'object' && body.errors !== null ? Object.entries(body.errors as Record<string, unknown>) : [];
  if (errors.length === 0 || (Array.isArray(body.errorMessages) && body.errorMessages.length > 0)) return null;
  const byJiraField: Record<string, RefusableField> = { components: 'service', priority: 'priority' };
  if (ids.impact) byJiraField[ids.impact] = 'impact';
  if (ids.urgency) byJiraField[ids.urgency] = 'urgency';
  if (ids.requestType) byJiraField[ids.requestType] = 'requestType';
  const fields = errors.map(([k, v]) => ({ field: byJiraField[k], message: `${k}: ${String(v)}` }));
  if (fields.some((f) => f.field === undefined)) return null;
  return new IncidentFieldsRefused(fields as Array<{ field: RefusableField; message: string }>);
}
