import type { ProjectLookup } from './projectLookup.js';
import type { SlaMetric } from './sla/slaMetrics.js';
import type { SitePermissions } from './sitePermissions.js';
import type { Actor, JiraProductEvent } from './siteTypes.js';
import type { DirectoryStore } from './store/directoryStore.js';
import type { IssueStore } from './store/issueStore.js';
import type { LinkStore } from './links/linkStore.js';

/** Everything a route needs, built once by `createJiraSite`. */
export interface SiteContext {
  issues: IssueStore;
  /** Links between issues (`/rest/api/3/issueLink`). */
  links: LinkStore;
  directory: DirectoryStore;
  projects: ProjectLookup;
  permissions: SitePermissions;
  metrics: readonly SlaMetric[];
  /** Virtual clock in epoch millis: the site never reads the wall clock. */
  now(): number;
  /** The site's URL, used in every `self` link. */
  baseUrl: string;
  emit(event: JiraProductEvent): void;
  /** Runs several writes as one SQLite transaction. */
  transaction<T>(fn: () => T): T;
}

/** The account the app's own calls (asApp) act as. */
export const APP_ACCOUNT_ID = 'sandbox-app-escalation';

export function actorAccountId(actor: Actor): string {
  return actor.kind === 'app' ? APP_ACCOUNT_ID : actor.accountId;
}

/** A request already matched to a route: path parameters decoded, query values flattened. */
export interface RouteRequest {
  actor: Actor;
  params: Readonly<Record<string, string>>;
  query: Readonly<Record<string, readonly string[]>>;
  body: unknown;
}

export interface RouteResponse {
  status: number;
  body?: unknown;
}

export type RouteHandler = (ctx: SiteContext, req: RouteRequest) => RouteResponse | Promise<RouteResponse>;

/** First value of a query parameter. */
export function queryOne(req: RouteRequest, name: string): string | undefined {
  return req.query[name]?.[0];
}

/** A list parameter, accepting both repeated (`a=1&a=2`) and comma-separated (`a=1,2`) forms. */
export function queryList(req: RouteRequest, name: string): string[] | undefined {
  const values = req.query[name];
  if (!values) return undefined;
  return values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v.length > 0);
}
