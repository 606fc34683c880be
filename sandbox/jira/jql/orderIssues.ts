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

/** A comparator for ORDER BY; without one, newest first. Ties always break on id for stable paging. */
export function issueComparator(orderBy: OrderBy | undefined): (a: IssueRecord, b: IssueRecord) => number {
  const keys = (orderBy?.fields ?? []).map((f) => {
    const name = f.field.value.toLowerCase();
    const key = SORT_KEYS[name];
    if (!key) throw jqlErrors.badSort(f.field.value);
    const sign = f.direction?.value.toUpperCase() === 'DESC' ? -1 : 1;
    return { key, sign, byProject: name === 'key' || name === 'issuekey' };
  });
  if (keys.length === 0) keys.push({ key: SORT_KEYS.created as SortKey, sign: -1, byProject: false });
  return (a, b) => {
    for (const { key, sign, byProject } of keys) {
      if (byProject && a.projectKey !== b.projectKey) return sign * (a.projectKey < b.projectKey ? -1 : 1);
      const d = key(a) - key(b);
      if (d !== 0) return sign * d;
    }
    return Number(a.id) - Number(b.id);
  };
}
