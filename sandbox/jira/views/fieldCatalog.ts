import { CUSTOM_FIELD_IDS } from '../workflowCatalog.js';

export interface FieldDefinition {
  id: string;
  name: string;
  custom: boolean;
  navigable: boolean;
  orderable: boolean;
  searchable: boolean;
  clauseNames: string[];
  schema: { type: string; system?: string; items?: string; custom?: string; customId?: number };
}

function system(id: string, name: string, type: string, extra: Partial<FieldDefinition> = {}): FieldDefinition {
  return {
    id,
    name,
    custom: false,
    navigable: true,
    orderable: true,
    searchable: true,
    clauseNames: [id],
    schema: { type, system: id },
    ...extra,
  };
}

function custom(id: string, name: string, type: string, customType: string): FieldDefinition {
  const customId = Number(id.replace('customfield_', ''));
  return {
    id,
    name,
    custom: true,
    navigable: true,
    orderable: true,
    searchable: true,
    clauseNames: [`cf[${customId}]`, name],
    schema: { type, custom: customType, customId },
  };
}

/** The fields GET /rest/api/3/field lists; the app finds the custom ones by name. */
export const FIELDS: readonly FieldDefinition[] = [
  system('summary', 'Summary', 'string', { clauseNames: ['summary'] }),
  system('description', 'Description', 'string'),
  system('issuetype', 'Issue Type', 'issuetype', { clauseNames: ['issuetype', 'type'] }),
  system('project', 'Project', 'project'),
  system('status', 'Status', 'status', { orderable: false }),
  system('priority', 'Priority', 'priority'),
  system('assignee', 'Assignee', 'user'),
  system('reporter', 'Reporter', 'user'),
  system('labels', 'Labels', 'array', { schema: { type: 'array', items: 'string', system: 'labels' } }),
  system('components', 'Components', 'array', {
    clauseNames: ['component'],
    schema: { type: 'array', items: 'component', system: 'components' },
  }),
  system('created', 'Created', 'datetime', { clauseNames: ['created', 'createdDate'], orderable: false }),
  system('updated', 'Updated', 'datetime', { clauseNames: ['updated', 'updatedDate'], orderable: false }),
  system('resolution', 'Resolution', 'resolution'),
  system('resolutiondate', 'Resolved', 'datetime', { clauseNames: ['resolved', 'resolutiondate'], orderable: false }),
  system('comment', 'Comment', 'comments-page', { navigable: false, searchable: true, clauseNames: ['comment'] }),
  system('issuelinks', 'Linked Issues', 'array', { orderable: false, schema: { type: 'array', items: 'issuelinks', system: 'issuelinks' } }),
  system('watches', 'Watchers', 'watches', { orderable: false, searchable: false, clauseNames: ['watchers'] }),
  system('issuekey', 'Key', 'string', { orderable: false, clauseNames: ['id', 'issue', 'issuekey', 'key'] }),
  custom(CUSTOM_FIELD_IDS.requestType, 'Request Type', 'sd-customerrequesttype', 'com.atlassian.servicedesk:vp-origin'),
  custom(CUSTOM_FIELD_IDS.impact, 'Impact', 'option', 'com.atlassian.jira.plugin.system.customfieldtypes:select'),
  custom(CUSTOM_FIELD_IDS.urgency, 'Urgency', 'option', 'com.atlassian.jira.plugin.system.customfieldtypes:select'),
  custom(CUSTOM_FIELD_IDS.affectedServices, 'Affected services', 'array', 'com.atlassian.jira.plugins.service-entity:service-entity-field-cftype'),
  custom(CUSTOM_FIELD_IDS.timeToFirstResponse, 'Time to first response', 'sd-servicelevelagreement', 'com.atlassian.servicedesk:sd-sla-field'),
  custom(CUSTOM_FIELD_IDS.timeToResolution, 'Time to resolution', 'sd-servicelevelagreement', 'com.atlassian.servicedesk:sd-sla-field'),
];

export function fieldView(f: FieldDefinition) {
  return {
    id: f.id,
    key: f.id,
    name: f.name,
    untranslatedName: f.name,
    custom: f.custom,
    orderable: f.orderable,
    navigable: f.navigable,
    searchable: f.searchable,
    clauseNames: f.clauseNames,
    schema: f.schema,
  };
}
