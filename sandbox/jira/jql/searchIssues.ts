import { createHash } from 'node:crypto';
import { JiraError } from '../jiraError.js';
import type { SiteContext } from '../siteContext.js';
import type { Actor, IssueRecord } from '../siteTypes.js';
import type { SlaState } from '../sla/computeSla.js';
import { issueSlas } from '../sla/issueSlas.js';
import { compileJql } from './compileJql.js';
import type { JqlEnv } from './jqlTypes.js';
import { issueComparator } from './orderIssues.js';

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
  const slaMemo = new Map<string, Map<string, SlaState>>();
  const env: JqlEnv = {
    site: ctx,
    actor,
    now,
    sla: (issue, fieldId) => {
      let slas = slaMemo.get(issue.id);
      if (!slas) {
        slas = issueSlas(ctx, issue, now);
        slaMemo.set(issue.id, slas);
      }
      return slas.get(fieldId);
    },
  };
  const compiled = compileJql(jql, env);
  const compare = issueComparator(compiled.orderBy);
  const offset = decodeToken(jql, nextPageToken);
  const matched: IssueRecord[] = [];
  for (const issue of ctx.issues.all()) {
    if (ctx.permissions.canSee(actor, issue) && compiled.where(issue)) matched.push(issue);
  }
  matched.sort(compare);
  const issues = matched.slice(offset, offset + maxResults);
  const end = offset + issues.length;
  return end < matched.length ? { issues, nextPageToken: encodeToken(jql, end), isLast: false } : { issues, isLast: true };
}
