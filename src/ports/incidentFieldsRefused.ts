/** The NewIncident fields Jira may refuse on create for a value it does not know. */
export type RefusableField = 'service' | 'priority' | 'requestType' | 'impact' | 'urgency';

/**
 * Thrown by `IncidentHost.createIncident` when Jira refused the create only because of field
 * values (an unknown component, priority, request type or option): the same create without
 * those fields would succeed. `message` is Jira's own words for each.
 */
export class IncidentFieldsRefused extends Error {
  constructor(readonly fields: ReadonlyArray<{ field: RefusableField; message: string }>) {
    super(`Jira refused ${fields.map((f) => `${f.field} (${f.message})`).join(', ')}`);
    this.name = 'IncidentFieldsRefused';
  }
}
