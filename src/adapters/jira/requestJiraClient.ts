import type { Client, SendRequestOptions } from 'jira.js/core';
import { JiraHttpError, type JiraFetch } from './jiraFetch.js';

export type SchemaMismatch = 'throw' | 'warn';

/**
 * A jira.js client over `requestJira`, so the app uses jira.js's typed endpoint functions and
 * response schemas while Forge handles authentication. Array parameters are comma-joined, as
 * Jira's REST API documents for `fields`, `properties`, `expand` and `permissions`.
 */
export function requestJiraClient(fetchJira: JiraFetch, onMismatch: SchemaMismatch = 'warn'): Client {
  return {
    async sendRequest<T>(o: SendRequestOptions<T>): Promise<T> {
      const path = withQuery(o.url, o.searchParams);
      const hasBody = o.body !== undefined;
      const res = await fetchJira(path, {
        method: o.method ?? 'GET',
        headers: { Accept: 'application/json', ...(hasBody ? { 'Content-Type': 'application/json' } : {}), ...(o.headers ?? {}) },
        ...(hasBody ? { body: JSON.stringify(o.body) } : {}),
      });
      const text = await res.text();
      if (res.status < 200 || res.status >= 300) {
        const retry = res.headers.get('retry-after');
        throw new JiraHttpError(res.status, path, text, retry === null ? null : Number(retry));
      }
      if (!text) return undefined as T;
      const data: unknown = JSON.parse(text);
      if (!o.schema) return data as T;
      const parsed = o.schema.safeParse(data);
      if (parsed.success) return parsed.data;
      const detail = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      if (onMismatch === 'throw') throw new Error(`Response of ${path} does not match Jira's schema: ${detail}`);
      console.warn(`Response of ${path} does not match Jira's schema: ${detail}`);
      return data as T;
    },
  };
}

function withQuery(url: string, params: Record<string, unknown> | undefined): string {
  if (!params) return url;
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null) continue;
    q.set(k, Array.isArray(v) ? v.join(',') : String(v));
  }
  const s = q.toString();
  return s ? `${url}${url.includes('?') ? '&' : '?'}${s}` : url;
}
