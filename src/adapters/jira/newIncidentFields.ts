import type { NewIncident } from '../../ports/incidentHost.js';
import type { FieldIds } from './fieldIds.js';
import type { RequestTypeRef } from './findRequestType.js';
import { JIRA_PRIORITY } from './jiraPriority.js';
import { plainTextDocument } from './plainTextDocument.js';

/** The issue type JSM's ITSM template uses for incidents, when no request type names one. */
export const INCIDENT_ISSUE_TYPE = 'Incident';

/** Jira refuses labels containing whitespace; alert labels often have it, so it becomes '_'. */
export function jiraLabel(label: string): string {
  return label.trim().replace(/\s+/g, '_');
}

/** The `fields` of a platform create-issue call for a new incident. */
export function newIncidentFields(input: NewIncident, ids: FieldIds, requestType: RequestTypeRef | null): Record<string, unknown> {
  const fields: Record<string, unknown> = {
    project: { key: input.projectKey },
    summary: input.summary,
    description: plainTextDocument(input.description),
    issuetype: requestType ? { id: requestType.issueTypeId } : { name: INCIDENT_ISSUE_TYPE },
    labels: [...new Set(input.labels.map(jiraLabel).filter((l) => l.length > 0))],
  };
  // Jira's own priority drives JSM's SLA goals, so it must agree with the matrix from the start.
  if (input.priority) fields.priority = { name: JIRA_PRIORITY[input.priority] };
  if (input.service !== null) fields.components = [{ name: input.service }];
  if (input.impact !== null) fields[required(ids.impact, 'Impact')] = { value: input.impact };
  if (input.urgency !== null) fields[required(ids.urgency, 'Urgency')] = { value: input.urgency };
  if (requestType) fields[required(ids.requestType, 'Request Type')] = requestType.id;
  return fields;
}

function required(id: string | null, name: string): string {
  if (id === null) throw new Error(`This Jira site has no "${name}" field, so an incident cannot be created with one`);
  return id;
}
