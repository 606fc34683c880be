import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { uiModules } from './uiModules.js';

/** Newest modification time of the files under `dir`, skipping build output and dependencies. */
function newestSource(dir: string): number {
  let newest = 0;
  if (!existsSync(dir)) return newest;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'build' || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Which Custom UI builds are missing or older than their sources (or the shared UI code). */
export function staleUiBuilds(root: string): string[] {
  const shared = newestSource(join(root, 'static', 'shared'));
  const stale: string[] = [];
  for (const path of new Set(uiModules(root).map((m) => m.path))) {
    const index = join(root, path, 'index.html');
    const sources = Math.max(shared, newestSource(dirname(join(root, path))));
    if (!existsSync(index) || statSync(index).mtimeMs < sources) stale.push(path);
  }
  return stale;
}

/**
 * Runs `npm run build:ui` when a Custom UI build is missing or stale. The script belongs to the
 * UI work and may not exist yet; then the shell shows a "not built" page in each frame instead.
 */
export function ensureUiBuilt(root: string, log: (line: string) => void): void {
  const stale = staleUiBuilds(root);
  if (stale.length === 0) return;
  const scripts = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!scripts['build:ui']) {
    log(`warning: ${stale.join(', ')} not built and there is no "build:ui" script yet; the app's pages will say so`);
    return;
  }
  log(`building the Custom UI (${stale.join(', ')} missing or out of date)...`);
  const r = spawnSync('npm', ['run', 'build:ui'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, UI_SKIP_TYPECHECK: '1' } });
  if (r.status !== 0) log('warning: npm run build:ui failed; the app\'s pages may be missing or out of date');
}
