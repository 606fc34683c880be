import { JiraError } from '../jiraError.js';
import { searchIssues } from '../jql/searchIssues.js';
import type { Route } from '../routeTable.js';
import { queryList, queryOne, type RouteRequest, type SiteContext } from '../siteContext.js';
import { fieldView, FIELDS } from '../views/fieldCatalog.js';
import { issueView } from '../views/issueView.js';
import { bodyObject, intParam } from './routeHelpers.js';

/** Full issues come 100 a page by default and at most; Jira allows 5,000 when only ids are asked for. */
const MAX_FULL = 100;
const MAX_IDS = 5000;

interface SearchParams {
  jql: string;
  fields: string[] | undefined;
  properties: string[];
  expand: string[];
  maxResults: number | undefined;
  nextPageToken: string | undefined;
}

const strings = (v: unknown): string[] | undefined =>
  Array.isArray(v) ? v.map(String) : typeof v === 'string' ? v.split(',').map((s) => s.trim()) : undefined;

function fromQuery(req: RouteRequest): SearchParams {
  const max = queryOne(req, 'maxResults');
  return {
    jql: queryOne(req, 'jql') ?? '',
    fields: queryList(req, 'fields'),
    properties: queryList(req, 'properties') ?? [],
    expand: queryList(req, 'expand') ?? [],
    maxResults: max === undefined ? undefined : intParam(max, 0, 'maxResults'),
    nextPageToken: queryOne(req, 'nextPageToken'),
  };
}

function fromBody(req: RouteRequest): SearchParams {
  const b = bodyObject(req);
  if (b.maxResults !== undefined && (typeof b.maxResults !== 'number' || b.maxResults < 0)) {
    throw new JiraError(400, ['maxResults must be a non-negative number.']);
  }
  return {
    jql: typeof b.jql === 'string' ? b.jql : '',
    fields: strings(b.fields),
    properties: strings(b.properties) ?? [],
    expand: strings(b.expand) ?? [],
    maxResults: b.maxResults as number | undefined,
    nextPageToken: typeof b.nextPageToken === 'string' ? b.nextPageToken : undefined,
  };
}

function runSearch(ctx: SiteContext, req: RouteRequest, p: SearchParams) {
  const idsOnly = (p.fields ?? []).every((f) => f === 'id') && p.properties.length === 0;
  const limit = idsOnly ? MAX_IDS : MAX_FULL;
  const maxResults = Math.min(p.maxResults ?? MAX_FULL, limit);
  const page = searchIssues(ctx, req.actor, p.jql, maxResults, p.nextPageToken);
  const opts = { fields: p.fields, defaultFields: 'id' as const, properties: p.properties, expand: p.expand };
  return {
    status: 200,
    body: {
      issues: page.issues.map((i) => issueView(ctx, req.actor, i, opts)),
      ...(page.nextPageToken ? { nextPageToken: page.nextPageToken } : {}),
      isLast: page.isLast,
    },
  };
}

const gone = () => {
  throw new JiraError(410, [
    'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046',
  ]);
};

export const searchRoutes: Route[] = [
  { method: 'GET', pattern: '/rest/api/3/search/jql', handler: (ctx, req) => runSearch(ctx, req, fromQuery(req)) },
  { method: 'POST', pattern: '/rest/api/3/search/jql', handler: (ctx, req) => runSearch(ctx, req, fromBody(req)) },
  { method: 'GET', pattern: '/rest/api/3/search', handler: gone },
  { method: 'POST', pattern: '/rest/api/3/search', handler: gone },
  { method: 'GET', pattern: '/rest/api/3/field', handler: () => ({ status: 200, body: FIELDS.map(fieldView) }) },
];
