/**
 * The site's fixed configuration: one JSM incident workflow, priorities, issue types and the select
 * options of the custom fields. Real sites let admins change these; the sandbox does not need to,
 * so they live in code rather than in tables.
 */

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface StatusCategory {
  id: number;
  key: StatusCategoryKey;
  name: string;
  colorName: string;
}

export const STATUS_CATEGORIES: readonly StatusCategory[] = [
  { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  { id: 3, key: 'done', name: 'Done', colorName: 'green' },
];

export interface Status {
  id: string;
  name: string;
  category: StatusCategoryKey;
}

export const STATUSES: readonly Status[] = [
  { id: '1', name: 'Open', category: 'new' },
  { id: '3', name: 'In Progress', category: 'indeterminate' },
  { id: '10002', name: 'Waiting for customer', category: 'indeterminate' },
  { id: '5', name: 'Resolved', category: 'done' },
  { id: '6', name: 'Closed', category: 'done' },
];

/** The status in which SLA clocks pause. */
export const WAITING_FOR_CUSTOMER_STATUS_ID = '10002';

export interface Transition {
  id: string;
  name: string;
  toStatusId: string;
  /** Status ids the transition is available from. */
  from: readonly string[];
}

export const TRANSITIONS: readonly Transition[] = [
  { id: '11', name: 'Start work', toStatusId: '3', from: ['1', '10002'] },
  { id: '21', name: 'Wait for customer', toStatusId: '10002', from: ['1', '3'] },
  { id: '31', name: 'Respond to agent', toStatusId: '3', from: ['10002'] },
  { id: '41', name: 'Resolve', toStatusId: '5', from: ['1', '3', '10002'] },
  { id: '51', name: 'Close', toStatusId: '6', from: ['1', '3', '10002', '5'] },
  { id: '61', name: 'Reopen', toStatusId: '1', from: ['5', '6'] },
];

export interface Priority {
  id: string;
  name: string;
  /** Higher is more urgent; drives ORDER BY priority. */
  rank: number;
}

export const PRIORITIES: readonly Priority[] = [
  { id: '1', name: 'Highest', rank: 5 },
  { id: '2', name: 'High', rank: 4 },
  { id: '3', name: 'Medium', rank: 3 },
  { id: '4', name: 'Low', rank: 2 },
  { id: '5', name: 'Lowest', rank: 1 },
];

export const ISSUE_TYPES = [
  { id: '10001', name: 'Incident', description: 'An unplanned interruption to an IT service.' },
  { id: '10002', name: 'Service request', description: 'A request from a customer.' },
  { id: '10003', name: 'Task', description: 'A small, distinct piece of work.' },
  // ITSM service projects come with Problem; the app opens one for recurring incidents.
  { id: '10004', name: 'Problem', description: 'Track underlying causes of incidents.' },
] as const;

export const RESOLUTIONS = [
  { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' },
  { id: '10001', name: "Won't Do", description: 'This issue will not be actioned.' },
  // A site admin adds this resolution for the app's drills (Jira settings → Issues → Resolutions).
  { id: '10002', name: 'Drill', description: 'An escalation drill, not a real incident.' },
] as const;

export interface SelectOption {
  id: string;
  value: string;
}

export const IMPACT_OPTIONS: readonly SelectOption[] = [
  { id: '10100', value: 'Extensive / Widespread' },
  { id: '10101', value: 'Significant / Large' },
  { id: '10102', value: 'Moderate / Limited' },
  { id: '10103', value: 'Minor / Localized' },
];

export const URGENCY_OPTIONS: readonly SelectOption[] = [
  { id: '10200', value: 'Critical' },
  { id: '10201', value: 'High' },
  { id: '10202', value: 'Medium' },
  { id: '10203', value: 'Low' },
];

export const CUSTOM_FIELD_IDS = {
  requestType: 'customfield_10010',
  impact: 'customfield_10004',
  urgency: 'customfield_10005',
  timeToFirstResponse: 'customfield_10031',
  timeToResolution: 'customfield_10030',
  affectedServices: 'customfield_10045',
} as const;

/**
 * JSM's service registry (Operations → Services). The "Affected services" field names these by
 * id only, as Jira Cloud's REST API does: `[{id}]`, no name.
 */
export interface RegistryService { id: string; name: string }
export const SERVICE_REGISTRY: readonly RegistryService[] = [
  { id: '8f6e1c52-3d0a-4c71-9b8e-1a2f3c4d5e01', name: 'Payments' },
  { id: '8f6e1c52-3d0a-4c71-9b8e-1a2f3c4d5e02', name: 'Email' },
  { id: '8f6e1c52-3d0a-4c71-9b8e-1a2f3c4d5e03', name: 'Intranet' },
  { id: '8f6e1c52-3d0a-4c71-9b8e-1a2f3c4d5e04', name: 'Mainframe billing' },
];

const STATUS_BY_ID = new Map(STATUSES.map((s) => [s.id, s]));
const PRIORITY_BY_ID = new Map(PRIORITIES.map((p) => [p.id, p]));

export function statusById(id: string): Status {
  const status = STATUS_BY_ID.get(id);
  if (!status) throw new Error(`unknown status ${id}`);
  return status;
}

export function categoryOf(key: StatusCategoryKey): StatusCategory {
  const category = STATUS_CATEGORIES.find((c) => c.key === key);
  if (!category) throw new Error(`unknown status category ${key}`);
  return category;
}

export function priorityById(id: string): Priority {
  const priority = PRIORITY_BY_ID.get(id);
  if (!priority) throw new Error(`unknown priority ${id}`);
  return priority;
}
