/** What `requestJira` from @forge/api returns, reduced to what we use. */
export interface JiraResponseLike {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/**
 * One Jira call: a path (with query string) and a fetch-style init. In Forge this is
 * `api.asApp().requestJira(route…)` or `asUser()`; tests pass any function with this shape.
 */
export type JiraFetch = (path: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<JiraResponseLike>;

/** A Jira error with its status, so callers can retry 429/5xx and report 4xx. */
export class JiraHttpError extends Error {
  constructor(
    readonly status: number,
    readonly path: string,
    readonly body: string,
    readonly retryAfterSeconds: number | null,
  ) {
    super(`Jira answered ${status} for ${path}: ${body.slice(0, 300)}`);
    this.name = 'JiraHttpError';
  }
}
