import type { IncomingMessage, ServerResponse } from 'node:http';
import { bridgeRoute } from './bridgeRoutes.js';
import type { Sandbox } from './createSandbox.js';
import { serveCustomUi } from './customUiHost.js';
import { flatHeaders, HttpError, queryOf, readBody, sendJson, sendText } from './httpKit.js';
import { sandboxRoute } from './sandboxRoutes.js';
import type { ShellAssets } from './shellAssets.js';
import { mayOpenModule } from './moduleVisibility.js';
import { requestUser } from './requestUser.js';
import { uiModules } from './uiModules.js';

const JS = 'text/javascript; charset=utf-8';

/**
 * The UI modules and whether the request's user would see each in Jira (`?project=` for project
 * settings pages and issue modules, ITOPS by default): the shell shows only those.
 */
function modulesFor(s: Sandbox, root: string, req: IncomingMessage, url: URL) {
  const user = requestUser(req);
  const projectKey = url.searchParams.get('project') ?? 'ITOPS';
  return uiModules(root).map((m) => {
    const v = mayOpenModule(s.site, m.type, user, projectKey);
    return { ...m, visible: v.allowed, ...(v.allowed ? {} : { hiddenBecause: v.reason }) };
  });
}

async function restRoute(s: Sandbox, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
  const body = await readBody(req);
  // No actor: the site authenticates the caller by Basic auth (demo email + token "sandbox").
  const answer = await s.site.handle({ method: req.method ?? 'GET', path: url.pathname, query: queryOf(url), headers: flatHeaders(req), ...(body ? { body } : {}) });
  res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

async function webtriggerRoute(s: Sandbox, req: IncomingMessage, res: ServerResponse, url: URL, rest: string): Promise<void> {
  const [key = '', ...path] = rest.split('/');
  const body = await readBody(req);
  const answer = await s.runtime.invokeWebtrigger(decodeURIComponent(key), {
    method: req.method ?? 'GET', path: `/${path.join('/')}`, headers: flatHeaders(req), queryParameters: queryOf(url), body,
  });
  const headers = Object.fromEntries(Object.entries(answer.headers ?? {}).map(([k, v]) => [k, v.join(', ')]));
  res.writeHead(answer.statusCode, headers);
  res.end(answer.body ?? '');
}

/** Pages the shell renders itself, client side; they all get the same document. */
const SHELL_PAGES = [/^\/$/, /^\/browse\/[A-Z][A-Z0-9_]*-\d+$/, /^\/jira\/settings\/apps\/escalation$/, /^\/jira\/apps\/escalation-[a-z-]+$/,
  /^\/jira\/servicedesk\/projects\/[A-Z][A-Z0-9_]*\/settings\/apps\/escalation$/, /^\/outbox$/, /^\/create$/];

/** One origin for everything: the shell, its Custom UIs, Jira's REST API, webtriggers and the controls. */
export function sandboxHandler(s: Sandbox, root: string, assets: ShellAssets): (req: IncomingMessage, res: ServerResponse) => void {
  async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://sandbox.local');
    const path = url.pathname;
    const method = req.method ?? 'GET';
    if (path.startsWith('/rest/')) return restRoute(s, req, res, url);
    if (path.startsWith('/x/webtrigger/')) return webtriggerRoute(s, req, res, url, path.slice('/x/webtrigger/'.length));
    if (path === '/__sandbox/bridge-guest.js') return sendText(res, 200, assets.guestJs, JS);
    if (path === '/__sandbox/theme.css') return sendText(res, 200, assets.themeCss, 'text/css; charset=utf-8', { 'access-control-allow-origin': '*' });
    if (path === '/__sandbox/modules') return sendJson(res, 200, modulesFor(s, root, req, url));
    if (path.startsWith('/__sandbox/bridge/') && method === 'POST') return bridgeRoute(s, req, res, path.slice('/__sandbox/bridge/'.length));
    if (path.startsWith('/__sandbox/')) return sandboxRoute(s, req, res, path.slice('/__sandbox/'.length), url);
    if (path.startsWith('/ui/')) return serveCustomUi(res, root, uiModules(root), path.slice('/ui/'.length));
    if (path === '/shell/shell.js') return sendText(res, 200, assets.shellJs, JS);
    if (path === '/shell/shell.css') return sendText(res, 200, assets.css, 'text/css; charset=utf-8');
    if (method === 'GET' && SHELL_PAGES.some((p) => p.test(path))) return sendText(res, 200, assets.html, 'text/html; charset=utf-8');
    throw new HttpError(404, `Nothing at ${method} ${path}`);
  }

  return (req, res) => {
    route(req, res).catch((error: unknown) => {
      const status = error instanceof HttpError ? error.status : 500;
      if (status === 500) console.error('sandbox server:', error);
      if (res.headersSent) return res.end();
      sendJson(res, status, { message: error instanceof Error ? error.message : String(error) });
    });
  };
}
