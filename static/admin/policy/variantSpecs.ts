import { priorities } from '../../../src/contracts/common.js';
import type { LevelAction, Target } from '../../../src/contracts/policy.js';
import type { TriggerType } from '../../../src/contracts/trigger.js';

/** How one field of a union variant is edited. */
export type FieldSpec =
  | { name: string; label: string; kind: 'text' | 'longText'; optional?: boolean }
  | { name: string; label: string; kind: 'number' }
  | { name: string; label: string; kind: 'list' }
  /** Chosen from Jira's directory: one account id, several, or a group name. */
  | { name: string; label: string; kind: 'user' | 'users' | 'group'; optional?: boolean }
  | { name: string; label: string; kind: 'choice'; options: readonly string[] };

const minutes: FieldSpec = { name: 'minutes', label: 'Minutes', kind: 'number' };
const calendar: FieldSpec = { name: 'calendarId', label: 'Business calendar (empty: wall clock)', kind: 'text', optional: true };
const metric: FieldSpec = { name: 'metric', label: 'SLA metric', kind: 'text' };
const priority: FieldSpec = { name: 'priority', label: 'Priority', kind: 'choice', options: priorities };

/** Fields of each trigger type besides its id and type. */
export const triggerSpecs: Record<TriggerType, FieldSpec[]> = {
  slaPercent: [metric, { name: 'percent', label: 'Percent of SLA elapsed', kind: 'number' }],
  slaRemaining: [metric, { name: 'remainingMinutes', label: 'Minutes remaining', kind: 'number' }],
  slaBreached: [metric],
  timeSinceCreated: [minutes, calendar],
  timeSinceUpdated: [minutes, calendar],
  unassignedFor: [minutes, calendar],
  notAcknowledgedWithin: [minutes, calendar],
  priorityAtLeast: [priority],
  manual: [],
};

/** Teams are not offered: until they resolve to people the server refuses them (they would page nobody). */
export const targetSpecs: Record<Exclude<Target['type'], 'team'>, FieldSpec[]> = {
  user: [{ name: 'accountId', label: 'Person', kind: 'user' }],
  group: [{ name: 'groupName', label: 'Jira group', kind: 'group' }],
  schedule: [{ name: 'scheduleId', label: 'On-call schedule id', kind: 'text' }],
};

export const actionSpecs: Record<LevelAction['kind'], FieldSpec[]> = {
  assign: [{ name: 'accountId', label: 'Assignee (empty: first user target or on-call)', kind: 'user', optional: true }],
  setPriority: [priority],
  addWatchers: [{ name: 'accountIds', label: 'Watchers', kind: 'users' }],
  addLabel: [{ name: 'label', label: 'Label', kind: 'text' }],
  comment: [{ name: 'body', label: 'Internal comment', kind: 'longText' }],
  notify: [{ name: 'templateId', label: 'Template id', kind: 'text' }],
  transition: [{ name: 'transitionName', label: 'Transition name', kind: 'text' }],
};
