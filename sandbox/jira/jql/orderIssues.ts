import type { OrderBy } from '@atlaskit/jql-ast';
import type { IssueRecord } from '../siteTypes.js';
import { priorityById } from '../workflowCatalog.js';
import { jqlErrors } from './jqlErrors.js';

type SortKey = (i: IssueRecord) => number;

const issueNumber = (i: IssueRecord) => Number(i.key.split('-')[1] ?? 0);

const SORT_KEYS: Record<string, SortKey> = {
  created: (i) => i.created,
  updated: (i) => i.updated,
  resolved: (i) => i.resolutionDate ?? Number.NEGATIVE_INFINITY,
  resolutiondate: (i) => i.resolutionDate ?? Number.NEGATIVE_INFINITY,
  priority: (i) => priorityById(i.priorityId).rank,
  key: issueNumber,
  issuekey: issueNumber,
  id: (i) => Number(i.id),
};

/**
 * Sorts for ORDER BY; without one, newest first. Ties always break on id for stable paging.
 * Sort keys are computed once per issue rather than in every comparison.
 */
export function sortIssues(issues: readonly IssueRecord[], orderBy: OrderBy | undefined): IssueRecord[] {
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
  const rows = issues.map((issue) => ({ issue, values: keys.map((k) => k.sign * k.key(issue)) }));
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
