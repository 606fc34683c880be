import type { OrderBy } from '@atlaskit/jql-ast';
import type { IssueRecord } from '../siteTypes.js';
import { CUSTOM_FIELD_IDS, priorityById } from '../workflowCatalog.js';
import { jqlErrors } from './jqlErrors.js';
import type { JqlEnv } from './jqlTypes.js';

type SortKey = (i: IssueRecord, env: JqlEnv) => number;

/** Stands in for "no value": finite, so that subtracting two of them is 0 and not NaN. */
const NONE = Number.MAX_SAFE_INTEGER;

/** SLA fields sort by time left on the ongoing cycle; issues with none come last. */
const slaRemaining = (fieldId: string): SortKey => (i, env) => env.sla(i, fieldId)?.ongoing?.remainingMs ?? NONE;

const issueNumber = (i: IssueRecord) => Number(i.key.split('-')[1] ?? 0);

const SORT_KEYS: Record<string, SortKey> = {
  created: (i) => i.created,
  updated: (i) => i.updated,
  resolved: (i) => i.resolutionDate ?? -NONE,
  resolutiondate: (i) => i.resolutionDate ?? -NONE,
  priority: (i) => priorityById(i.priorityId).rank,
  key: issueNumber,
  issuekey: issueNumber,
  id: (i) => Number(i.id),
  'time to resolution': slaRemaining(CUSTOM_FIELD_IDS.timeToResolution),
  'cf[10030]': slaRemaining(CUSTOM_FIELD_IDS.timeToResolution),
  'time to first response': slaRemaining(CUSTOM_FIELD_IDS.timeToFirstResponse),
  'cf[10031]': slaRemaining(CUSTOM_FIELD_IDS.timeToFirstResponse),
};

/**
 * Sorts for ORDER BY; without one, newest first. Ties always break on id for stable paging.
 * Sort keys are computed once per issue rather than in every comparison.
 */
export function sortIssues(issues: readonly IssueRecord[], orderBy: OrderBy | undefined, env: JqlEnv): IssueRecord[] {
  const keys = (orderBy?.fields ?? []).flatMap((f) => {
    const name = f.field.value.toLowerCase();
    const key = SORT_KEYS[name];
    if (!key) throw jqlErrors.badSort(f.field.value);
    const sign = f.direction?.value.toUpperCase() === 'DESC' ? -1 : 1;
    // Keys sort by project first, then by number: ITOPS-9 before ITOPS-10.
    const projectRank = (i: IssueRecord) => projectIndex(i.projectKey);
    return name === 'key' || name === 'issuekey' ? [{ key: projectRank, sign }, { key, sign }] : [{ key, sign }];
  });
  if (keys.length === 0) keys.push({ key: SORT_KEYS.created as SortKey, sign: -1 });
  keys.push({ key: (i) => Number(i.id), sign: 1 });
  const rows = issues.map((issue) => ({ issue, values: keys.map((k) => k.sign * k.key(issue, env)) }));
  rows.sort((a, b) => {
    for (let k = 0; k < a.values.length; k++) {
      const d = (a.values[k] ?? 0) - (b.values[k] ?? 0);
      if (d !== 0) return d;
    }
    return 0;
  });
  return rows.map((r) => r.issue);
}

const projectOrder = new Map<string, number>();

/** A number per project key that sorts like the key itself (keys are upper-case letters and digits). */
function projectIndex(projectKey: string): number {
  let n = projectOrder.get(projectKey);
  if (n === undefined) {
    n = [...projectKey.padEnd(8, ' ').slice(0, 8)].reduce((acc, ch) => acc * 64 + (ch.charCodeAt(0) - 32), 0);
    projectOrder.set(projectKey, n);
  }
  return n;
}
