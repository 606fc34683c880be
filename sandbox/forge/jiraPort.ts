/** Who a product request runs as: `asApp()` or `asUser()` (the invoking user). */
export type JiraActor = { type: 'app' } | { type: 'user'; accountId: string };

/** A Jira REST call as the runtime hands it to the emulated site. */
export interface JiraRequest {
  method: string;
  /** Path without the query string, e.g. `/rest/api/3/issue/INC-1`. */
  path: string;
  /** Query parameters; repeated names become arrays. */
  query: Record<string, string | string[]>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON when the body is JSON, else the raw text; undefined when there is none. */
  body: unknown;
  actor: JiraActor;
}

export interface JiraResponse {
  status: number;
  headers?: Record<string, string>;
  /** Objects are sent as JSON; strings as they are. */
  body?: unknown;
}

/** The emulated Jira site, injected so this runtime does not depend on its implementation. */
export type JiraHandler = (req: JiraRequest) => Promise<JiraResponse>;
