import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const surfaces = ['panel', 'admin', 'dashboard'] as const;

/**
 * Gzipped JavaScript each Custom UI surface loads before it can render: the entry script and
 * the chunks index.html preloads. Lazy chunks are left out of `gzipKB` and reported apart in
 * `lazyGzipKB`: theme CSS-in-JS the host normally supplies (never downloaded in Jira), and the
 * settings pages and the Apps page's role-only tabs, fetched when a person first opens one.
 * Builds the UI first when a build is missing, so the figures never come from a stale tree.
 */
export async function runUiBundleBench(): Promise<{ ui: Record<string, { gzipKB: number; lazyGzipKB: number }> }> {
  if (surfaces.some((s) => !existsSync(join(root, 'static', s, 'build', 'index.html')))) {
    execFileSync('node', ['scripts/buildUi.mjs'], { cwd: root, stdio: 'inherit', env: { ...process.env, UI_SKIP_TYPECHECK: '1' } });
  }
  const ui: Record<string, { gzipKB: number; lazyGzipKB: number }> = {};
  for (const surface of surfaces) {
    const buildDir = join(root, 'static', surface, 'build');
    const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
    const initial = new Set(
      [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\.?\/?([^"]+\.js)"/g)].map((m) => m[1] ?? ''),
    );
    let eager = 0;
    let lazy = 0;
    for (const file of readdirSync(join(buildDir, 'assets')).filter((f) => f.endsWith('.js'))) {
      const size = gzipSync(readFileSync(join(buildDir, 'assets', file)), { level: 9 }).length;
      if (initial.has(`assets/${file}`)) eager += size;
      else lazy += size;
    }
    ui[surface] = { gzipKB: round(eager / 1024), lazyGzipKB: round(lazy / 1024) };
  }
  return { ui };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
