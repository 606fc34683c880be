import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { HttpError, sendText } from './httpKit.js';
import type { UiModule } from './uiModules.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * The iframe runs sandboxed without `allow-same-origin`, so its origin is opaque and Vite's
 * `crossorigin` module scripts are CORS requests: every resource file allows any origin.
 */
const CORS = { 'access-control-allow-origin': '*' };

/** Served before the app's own scripts, so `window.__bridge` exists when @forge/bridge loads. */
const GUEST_TAG = '<script src="/__sandbox/bridge-guest.js"></script>';

function injectGuest(html: string): string {
  const head = /<head[^>]*>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + GUEST_TAG + html.slice(head.index + head[0].length);
  return GUEST_TAG + html;
}

/** `/ui/<resource>/<file>`: a Custom UI build as Forge's CDN would serve it, plus the bridge. */
export function serveCustomUi(res: ServerResponse, root: string, modules: readonly UiModule[], rest: string): void {
  const [resource, ...parts] = rest.split('/');
  const module = modules.find((m) => m.resource === decodeURIComponent(resource ?? ''));
  if (!module) throw new HttpError(404, `No resource "${resource}" in manifest.yml`);
  const base = join(root, module.path);
  const file = normalize(join(base, decodeURIComponent(parts.join('/')) || 'index.html'));
  if (!file.startsWith(base + sep) && file !== base) throw new HttpError(403, 'Outside the resource');
  if (!existsSync(file) || !statSync(file).isFile()) {
    if (parts.join('/') === 'index.html' || parts.length === 0) {
      return sendText(res, 200, notBuilt(module), TYPES['.html']!, CORS);
    }
    throw new HttpError(404, `No file ${parts.join('/')} in ${module.path}`);
  }
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  if (extname(file) === '.html') return sendText(res, 200, injectGuest(readFileSync(file, 'utf8')), type, CORS);
  return sendText(res, 200, readFileSync(file), type, CORS);
}

function notBuilt(m: UiModule): string {
  return `<!doctype html><meta charset="utf-8"><body style="font:14px system-ui;padding:16px;color:#44546f">
<strong>${m.title}</strong> is not built yet: run <code>npm run build:ui</code> (it writes ${m.path}) and reload.</body>`;
}
