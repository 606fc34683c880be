import type BetterSqlite3 from 'better-sqlite3';
import { authenticate, type RequestActor } from './authenticate.js';
import { JiraError } from './jiraError.js';
import { ProjectLookup } from './projectLookup.js';
import { matchRoute, type Route } from './routeTable.js';
import { apiV2Routes } from './routes/apiV2Routes.js';
import { commentRoutes } from './routes/commentRoutes.js';
import { issueRoutes } from './routes/issueRoutes.js';
import { permissionRoutes } from './routes/permissionRoutes.js';
import { propertyRoutes } from './routes/propertyRoutes.js';
import { searchRoutes } from './routes/searchRoutes.js';
import { serviceDeskRoutes } from './routes/serviceDeskRoutes.js';
import { transitionRoutes } from './routes/transitionRoutes.js';
import { userRoutes } from './routes/userRoutes.js';
import type { SiteContext } from './siteContext.js';
import { SitePermissions } from './sitePermissions.js';
import type { JiraProductEvent } from './siteTypes.js';
import { defaultSlaMetrics, type SlaMetric } from './sla/slaMetrics.js';
import { DirectoryStore, type OutboxMessage } from './store/directoryStore.js';
import { IssueStore } from './store/issueStore.js';
import { LinkStore } from './links/linkStore.js';
import { linkRoutes } from './links/linkRoutes.js';
import { createSiteSchema } from './store/siteSchema.js';

export interface JiraSiteOptions {
  db: BetterSqlite3.Database;
  /** The virtual clock; the site never reads the wall clock. */
  clock: () => Date;
  onEvent?: (event: JiraProductEvent) => void;
  /** Used in `self` links; defaults to a made-up Atlassian site. */
  baseUrl?: string;
  slaMetrics?: readonly SlaMetric[];
}

export interface JiraRequest {
  method: string;
  /** e.g. `/rest/api/3/issue/ITOPS-1`; a query string here is merged into `query`. */
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  body?: string;
  /** Set by the Forge runtime: 'app' for asApp(), an account for asUser(). Absent: Basic auth. */
  actor?: RequestActor;
}

export interface JiraResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface JiraSite {
  handle(req: JiraRequest): Promise<JiraResponse>;
  /** Notifications sent through /issue/{key}/notify, captured instead of delivered. */
  outbox(): OutboxMessage[];
  /** The site's internals, for the seed and for tests. */
  context: SiteContext;
}

const ROUTES: readonly Route[] = [
  ...searchRoutes, ...issueRoutes, ...transitionRoutes, ...commentRoutes, ...propertyRoutes,
  ...userRoutes, ...permissionRoutes, ...serviceDeskRoutes, ...apiV2Routes, ...linkRoutes,
];

const JSON_HEADERS = { 'content-type': 'application/json;charset=UTF-8' };

function respond(status: number, body: unknown): JiraResponse {
  if (body === undefined) return { status, headers: {}, body: '' };
  return { status, headers: { ...JSON_HEADERS }, body: JSON.stringify(body) };
}

/** Accepts a query string left on the path (as requestJira routes carry it) as well as `query`. */
function splitQuery(rawPath: string, query: JiraRequest['query']): { path: string; query: Record<string, string[]> } {
  const out: Record<string, string[]> = {};
  for (const [k, v] of Object.entries(query)) out[k] = Array.isArray(v) ? [...v] : [v];
  const at = rawPath.indexOf('?');
  if (at < 0) return { path: rawPath, query: out };
  for (const [k, v] of new URLSearchParams(rawPath.slice(at + 1))) (out[k] ??= []).push(v);
  return { path: rawPath.slice(0, at), query: out };
}

function parseBody(text: string | undefined): unknown {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new JiraError(400, ['Unexpected character in the request body: it is not valid JSON.']);
  }
}

/** An emulated Jira Service Management Cloud site over SQLite, callable without HTTP. */
export function createJiraSite(options: JiraSiteOptions): JiraSite {
  createSiteSchema(options.db);
  const directory = new DirectoryStore(options.db);
  const context: SiteContext = {
    issues: new IssueStore(options.db),
    links: new LinkStore(options.db),
    directory,
    projects: new ProjectLookup(directory),
    permissions: new SitePermissions(directory),
    metrics: options.slaMetrics ?? defaultSlaMetrics(),
    now: () => options.clock().getTime(),
    baseUrl: (options.baseUrl ?? 'https://sandbox.atlassian.net').replace(/\/$/, ''),
    emit: (event) => {
      // A failing subscriber must not undo or fail the write that already happened.
      try {
        options.onEvent?.(event);
      } catch (error) {
        console.error('jira sandbox: onEvent subscriber threw', error);
      }
    },
    transaction: (fn) => options.db.transaction(fn)(),
  };

  async function handle(req: JiraRequest): Promise<JiraResponse> {
    try {
      const actor = authenticate(context, req);
      const { path, query } = splitQuery(req.path, req.query);
      const match = matchRoute(ROUTES, req.method, path);
      if (match === 'methodMismatch') throw new JiraError(405, ['Method not allowed.']);
      if (!match) throw new JiraError(404, [`No route for ${req.method} ${path} in the sandbox's Jira.`]);
      const result = await match.route.handler(context, { actor, params: match.params, query, body: parseBody(req.body) });
      return respond(result.status, result.body);
    } catch (error) {
      if (error instanceof JiraError) return respond(error.status, error.toBody());
      console.error('jira sandbox: internal error', error);
      return respond(500, { errorMessages: ['Internal server error'], errors: {} });
    }
  }

  return { handle, outbox: () => directory.outbox(), context };
}
