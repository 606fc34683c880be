import type { SlackAnswer, SlackApi, SlackMethod } from '../../ports/slackApi.js';

/** The fetch this adapter needs: @forge/api's on Forge (egress-limited), any fetch in tests. */
export type SlackFetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<{ status: number; headers: { get(name: string): string | null }; text(): Promise<string> }>;

const BASE = 'https://slack.com/api/';
/** When Slack rate-limits without a usable Retry-After, wait a minute (its tiers are per minute). */
const DEFAULT_RETRY_SECONDS = 60;

/**
 * Slack's Web API over HTTPS. The token goes in `Authorization: Bearer`; write methods take a
 * JSON body (`application/json; charset=utf-8`), `users.lookupByEmail` is a GET with a query
 * string, as Slack documents it. Slack answers HTTP 200 with `{"ok": false, "error": …}` for
 * method errors and HTTP 429 with Retry-After when rate-limited.
 */
export class SlackWebApi implements SlackApi {
  constructor(private readonly fetch: SlackFetch) {}

  async call(token: string, method: SlackMethod, args: Record<string, string | boolean>): Promise<SlackAnswer> {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    let res;
    if (method === 'users.lookupByEmail') {
      const q = new URLSearchParams(Object.entries(args).map(([k, v]) => [k, String(v)]));
      res = await this.fetch(`${BASE}${method}?${q.toString()}`, { method: 'GET', headers });
    } else {
      res = await this.fetch(`${BASE}${method}`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(args) });
    }
    const text = await res.text();
    if (res.status === 429) {
      const seconds = Number(res.headers.get('retry-after'));
      return { kind: 'rateLimited', retryAfterSeconds: Number.isFinite(seconds) && seconds >= 0 ? seconds : DEFAULT_RETRY_SECONDS };
    }
    let body: unknown;
    try { body = JSON.parse(text); } catch { body = null; }
    if (typeof body !== 'object' || body === null || typeof (body as { ok?: unknown }).ok !== 'boolean') {
      return { kind: 'error', error: `http_${res.status}` };
    }
    const b = body as Record<string, unknown>;
    if (b.ok === true) return { kind: 'ok', body: b };
    return { kind: 'error', error: typeof b.error === 'string' ? b.error : 'unknown_error' };
  }
}
