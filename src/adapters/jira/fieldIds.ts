import type { Client } from 'jira.js/core';
import { getFields } from 'jira.js/cloud';

/** The custom field type of JSM's "Affected services" field. */
export const AFFECTED_SERVICES_TYPE = 'com.atlassian.jira.plugins.service-entity:service-entity-field-cftype';

/** Custom field ids differ per site, so they are looked up by name once per invocation. */
export interface FieldIds {
  impact: string | null;
  urgency: string | null;
  requestType: string | null;
  /** JSM's "Affected services" field (the service registry), when the site has one. */
  affectedServices: string | null;
  /** SLA metric name → field id. */
  slas: Record<string, string>;
}

export async function loadFieldIds(client: Client, slaMetrics: readonly string[]): Promise<FieldIds> {
  const fields = await getFields(client);
  const byName = (name: string) => fields.find((f) => f.name?.toLowerCase() === name.toLowerCase())?.id ?? null;
  const slas: Record<string, string> = {};
  for (const m of slaMetrics) {
    const id = byName(m);
    if (id) slas[m] = id;
  }
  // Found by type, not name: the name is translated and editable, the type is JSM's own.
  const affectedServices = fields.find((f) => f.schema?.custom === AFFECTED_SERVICES_TYPE)?.id ?? byName('Affected services');
  return { impact: byName('Impact'), urgency: byName('Urgency'), requestType: byName('Request Type'), affectedServices, slas };
}

/** The field ids to ask for in a search or get. */
export function wantedFields(ids: FieldIds): string[] {
  return ['summary', 'project', 'status', 'created', 'updated', 'assignee', 'labels', 'components', 'priority',
    ...[ids.impact, ids.urgency, ids.requestType, ids.affectedServices].filter((x): x is string => x !== null), ...Object.values(ids.slas)];
}
