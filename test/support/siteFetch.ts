import type { JiraFetch } from '../../src/adapters/jira/jiraFetch.js';
import type { JiraSite } from '../../sandbox/jira/index.js';

/** requestJira as the app or a user against the emulated JSM site, without HTTP. */
export function siteFetch(site: JiraSite, actor: 'app' | { accountId: string }): JiraFetch {
  return async (path, init) => {
    const url = new URL(path, 'http://site.invalid');
    const query: Record<string, string> = {};
    url.searchParams.forEach((v, k) => { query[k] = v; });
    const res = await site.handle({ method: init.method, path: url.pathname, query, headers: init.headers, ...(init.body ? { body: init.body } : {}), actor });
    return { status: res.status, headers: { get: (n: string) => res.headers[n.toLowerCase()] ?? null }, text: async () => res.body };
  };
}
