import { createHash } from 'node:crypto';
import { JiraError } from '../jiraError.js';
import type { SiteContext } from '../siteContext.js';
import type { Actor, IssueRecord } from '../siteTypes.js';
import type { SlaState } from '../sla/computeSla.js';
import { issueSlas } from '../sla/issueSlas.js';
import { compileJql } from './compileJql.js';
import type { JqlEnv } from './jqlTypes.js';
import { sortIssues } from './orderIssues.js';

export interface SearchPage {
  issues: IssueRecord[];
  nextPageToken?: string;
  isLast: boolean;
}

const digest = (jql: string) => createHash('sha1').update(jql).digest('hex').slice(0, 12);

/** Page tokens are opaque to callers; this one carries the offset and which query it belongs to. */
function encodeToken(jql: string, offset: number): string {
  return Buffer.from(JSON.stringify({ o: offset, q: digest(jql) })).toString('base64url');
}

function decodeToken(jql: string, token: string | undefined): number {
  if (token === undefined || token === '') return 0;
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as { o?: unknown; q?: unknown };
    if (typeof parsed.o === 'number' && parsed.q === digest(jql)) return parsed.o;
  } catch {
    // falls through to the error below
  }
  throw new JiraError(400, ['The provided next page token is invalid or expired.']);
}

/** Evaluates JQL over the cached issues the actor may see, sorted and paged. */
export function searchIssues(ctx: SiteContext, actor: Actor, jql: string, maxResults: number, nextPageToken?: string): SearchPage {
  const now = ctx.now();
  // One clause may be asked about the same issue's SLA more than once; compute each at most once.
  const slaMemo = new Map<string, Map<IssueRecord, SlaState | null>>();
  const env: JqlEnv = {
    site: ctx,
    actor,
    now,
    sla: (issue, fieldId) => {
      let byIssue = slaMemo.get(fieldId);
      if (!byIssue) slaMemo.set(fieldId, (byIssue = new Map()));
      let state = byIssue.get(issue);
      if (state === undefined) {
        state = issueSlas(ctx, issue, now, fieldId).get(fieldId) ?? null;
        byIssue.set(issue, state);
      }
      return state ?? undefined;
    },
  };
  const compiled = compileJql(jql, env);
  const offset = decodeToken(jql, nextPageToken);
  // Visibility is a per-project question except for customers, who see only their own requests.
  const visibility = new Map<string, 'all' | 'none' | 'own'>();
  const canSee = (issue: IssueRecord) => {
    let v = visibility.get(issue.projectKey);
    if (v === undefined) {
      const browse = ctx.permissions.project(actor, issue.projectKey).has('BROWSE_PROJECTS');
      v = !browse ? 'none' : ctx.permissions.isCustomerOnly(actor, issue.projectKey) ? 'own' : 'all';
      visibility.set(issue.projectKey, v);
    }
    return v === 'all' || (v === 'own' && ctx.permissions.canSee(actor, issue));
  };
  const matched: IssueRecord[] = [];
  for (const issue of ctx.issues.all()) {
    if (canSee(issue) && compiled.where(issue)) matched.push(issue);
  }
  const sorted = sortIssues(matched, compiled.orderBy, env);
  const matchedCount = sorted.length;
  const issues = sorted.slice(offset, offset + maxResults);
  const end = offset + issues.length;
  return end < matchedCount ? { issues, nextPageToken: encodeToken(jql, end), isLast: false } : { issues, isLast: true };
}
