import type { RouteHandler } from './siteContext.js';

export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** e.g. `/rest/api/3/issue/{issueIdOrKey}/comment` */
  pattern: string;
  handler: RouteHandler;
}

export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/** Finds the route for a path; `methodMismatch` tells 405 from 404. */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch | 'methodMismatch' | undefined {
  const segments = path.replace(/\/+$/, '').split('/');
  let pathMatched = false;
  for (const route of routes) {
    const parts = route.pattern.split('/');
    if (parts.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const ok = parts.every((p, i) => {
      const s = segments[i] ?? '';
      if (p.startsWith('{') && p.endsWith('}')) {
        params[p.slice(1, -1)] = decodeURIComponent(s);
        return s.length > 0;
      }
      return p === s;
    });
    if (!ok) continue;
    pathMatched = true;
    if (route.method === method.toUpperCase()) return { route, params };
  }
  return pathMatched ? 'methodMismatch' : undefined;
}
