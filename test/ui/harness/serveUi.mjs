// Serves the built Custom UI (static/<app>/build) on localhost with the fake Forge host
// (fakeBridge.js) injected before the app's own script: `node test/ui/harness/serveUi.mjs [port]`,
// then open /panel/, /admin/ or /dashboard/. Run `npm run build:ui` first.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const staticDir = join(here, '..', '..', '..', 'static');
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };

export function startUiServer(port = 0) {
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/fake-bridge.js') return send(res, 200, '.js', await readFile(join(here, 'fakeBridge.js')));
      const match = /^\/(panel|admin|dashboard)\/(.*)$/.exec(url.pathname);
      if (!match) return send(res, 404, '.html', 'Try /panel/, /admin/ or /dashboard/');
      const [, app, rest] = match;
      const file = normalize(join(staticDir, app, 'build', rest || 'index.html'));
      if (!file.startsWith(join(staticDir, app, 'build'))) return send(res, 403, '.html', 'no');
      let body = await readFile(file);
      if (file.endsWith('index.html')) body = body.toString().replace('<head>', '<head><script src="/fake-bridge.js"></script>');
      return send(res, 200, extname(file), body);
    } catch {
      return send(res, 404, '.html', 'not found');
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function send(res, status, ext, body) {
  res.writeHead(status, { 'content-type': types[ext] ?? 'application/octet-stream' });
  res.end(body);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const server = await startUiServer(Number(process.argv[2] ?? 5179));
  console.log(`UI with fake bridge on http://127.0.0.1:${server.address().port}/panel/`);
}
