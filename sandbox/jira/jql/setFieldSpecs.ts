import { actorAccountId } from '../siteContext.js';
import {
  IMPACT_OPTIONS,
  ISSUE_TYPES,
  priorityById,
  PRIORITIES,
  RESOLUTIONS,
  STATUS_CATEGORIES,
  statusById,
  STATUSES,
  URGENCY_OPTIONS,
  type SelectOption,
} from '../workflowCatalog.js';
import { jqlErrors } from './jqlErrors.js';
import type { JqlEnv } from './jqlTypes.js';
import { EMPTY_TOKEN, type SetFieldSpec } from './setFieldCompiler.js';

const eq = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Names or ids of a fixed list; Jira matches names case-insensitively. */
function named<T extends { id: string }>(field: string, list: readonly T[], name: (t: T) => string) {
  return (value: string): string[] => {
    const found = list.filter((t) => t.id === value || eq(name(t), value));
    if (found.length === 0) throw jqlErrors.unknownValue(value, field);
    return found.map((t) => t.id);
  };
}

const one = (v: string | null): readonly string[] => (v === null ? [] : [v]);

function userResolver(field: string) {
  return (value: string, env: JqlEnv): string[] => {
    const user = env.site.directory.user(value) ?? env.site.directory.userByEmail(value);
    if (!user) throw jqlErrors.unknownValue(value, field);
    return [user.accountId];
  };
}

const userFunctions = {
  currentuser: (_args: string[], env: JqlEnv) => [actorAccountId(env.actor)],
  membersof: (args: string[], env: JqlEnv) => {
    const group = args[0] ?? '';
    if (!env.site.directory.group(group)) throw jqlErrors.unknownValue(group, 'membersOf');
    return env.site.directory.groupMembers(group);
  },
};

function option(field: string, options: readonly SelectOption[], get: (i: import('../siteTypes.js').IssueRecord) => string | null): SetFieldSpec {
  return { name: field, tokens: (i) => one(get(i)), resolve: named(field, options, (o) => o.value) };
}

/** Every set-valued field the sandbox's JQL knows, by every clause name Jira accepts for it. */
export function setFieldSpecs(): Record<string, SetFieldSpec> {
  const project: SetFieldSpec = {
    name: 'project',
    tokens: (i) => [i.projectKey],
    resolve: (v, env) => {
      const p = env.site.projects.all().find((x) => eq(x.key, v) || x.id === v || eq(x.name, v));
      if (!p) throw jqlErrors.unknownValue(v, 'project');
      return [p.key];
    },
  };
  const key: SetFieldSpec = {
    name: 'key',
    tokens: (i) => [i.id],
    resolve: (v, env) => {
      const issue = env.site.issues.find(v);
      if (!issue) throw jqlErrors.unknownValue(v, 'key');
      return [issue.id];
    },
  };
  const issuetype: SetFieldSpec = { name: 'issuetype', tokens: (i) => [i.issueTypeId], resolve: named('issuetype', ISSUE_TYPES, (t) => t.name) };
  const assignee: SetFieldSpec = { name: 'assignee', tokens: (i) => one(i.assigneeId), resolve: userResolver('assignee'), functions: userFunctions };
  const requestType: SetFieldSpec = {
    name: 'Request Type',
    tokens: (i) => one(i.requestTypeId),
    resolve: (v, env) => {
      const found = env.site.projects.all().flatMap((p) => p.requestTypes).filter((r) => r.id === v || eq(r.name, v));
      if (found.length === 0) throw jqlErrors.unknownValue(v, 'Request Type');
      return found.map((r) => r.id);
    },
  };
  const impact = option('Impact', IMPACT_OPTIONS, (i) => i.impactId);
  const urgency = option('Urgency', URGENCY_OPTIONS, (i) => i.urgencyId);
  return {
    project,
    key,
    issuekey: key,
    issue: key,
    id: key,
    issuetype,
    type: issuetype,
    status: { name: 'status', tokens: (i) => [i.statusId], resolve: named('status', STATUSES, (s) => s.name) },
    statuscategory: {
      name: 'statusCategory',
      tokens: (i) => [statusById(i.statusId).category],
      resolve: (v) => {
        const c = STATUS_CATEGORIES.find((x) => eq(x.name, v) || eq(x.key, v) || String(x.id) === v);
        if (!c) throw jqlErrors.unknownValue(v, 'statusCategory');
        return [c.key];
      },
    },
    priority: {
      name: 'priority',
      tokens: (i) => [i.priorityId],
      resolve: named('priority', PRIORITIES, (p) => p.name),
      rank: (id) => priorityById(id).rank,
    },
    assignee,
    reporter: { ...assignee, name: 'reporter', tokens: (i) => [i.reporterId], resolve: userResolver('reporter') },
    labels: { name: 'labels', tokens: (i) => i.labels, resolve: (v) => [v] },
    component: {
      name: 'component',
      tokens: (i) => i.components,
      resolve: (v, env) => {
        const found = env.site.projects.all().flatMap((p) => p.components).filter((c) => c.id === v || eq(c.name, v));
        if (found.length === 0) throw jqlErrors.unknownValue(v, 'component');
        return found.map((c) => c.id);
      },
    },
    resolution: {
      name: 'resolution',
      tokens: (i) => one(i.resolutionId),
      resolve: (v) => (eq(v, 'Unresolved') ? [EMPTY_TOKEN] : named('resolution', RESOLUTIONS, (r) => r.name)(v)),
    },
    'request type': requestType,
    'customer request type': requestType,
    'cf[10010]': requestType,
    impact,
    'cf[10004]': impact,
    urgency,
    'cf[10005]': urgency,
  };
}
